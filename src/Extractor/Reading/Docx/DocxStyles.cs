using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>How a run looks once direct formatting, its character style, the paragraph style and the document defaults are combined.</summary>
/// <param name="Font">The font of the run's non-ASCII Latin text (<c>w:hAnsi</c>, else <c>w:ascii</c>), which is where legacy encodings put their letters.</param>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Hidden, bool Caps, string? Font = null);

/// <summary>Automatic numbering a paragraph asks for: a <c>w:num</c> id and a 0-based level.</summary>
internal readonly record struct NumberingReference(int NumId, int? Level);

/// <summary>
/// The style sheet (styles.xml) resolved the way Word does: a style inherits through its
/// <c>basedOn</c> chain, paragraphs without a style use the default paragraph style.
/// </summary>
internal sealed class DocxStyles
{
    // basedOn chains are short; a longer one is a cycle or a hostile file.
    private const int MaxChainLength = 32;

    private readonly Dictionary<string, Style> _byId;
    private readonly string? _defaultParagraphStyle;
    private readonly string? _defaultCharacterStyle;
    private readonly OpenXmlElement? _defaultRunProperties;
    private readonly Dictionary<(string?, string?), RunFormat> _styleFormats = [];

    private DocxStyles(Styles? styles)
    {
        var all = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToList() ?? [];
        _byId = all.GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());
        _defaultParagraphStyle = DefaultOf(all, StyleValues.Paragraph);
        _defaultCharacterStyle = DefaultOf(all, StyleValues.Character);
        _defaultRunProperties = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
    }

    public static DocxStyles Load(Styles? styles) => new(styles);

    /// <summary>The style a paragraph uses: its own when it names a known one, else the default paragraph style.</summary>
    public string? ParagraphStyleOf(ParagraphProperties? properties)
    {
        var id = properties?.ParagraphStyleId?.Val?.Value;
        return id is not null && _byId.ContainsKey(id) ? id : _defaultParagraphStyle;
    }

    /// <summary>
    /// Resolves bold, italic, hidden and caps. These are toggle properties: direct formatting
    /// sets them outright; a character style applied inside a paragraph style that sets the
    /// same property toggles it (ECMA-376 17.7.3); document defaults apply when no style speaks.
    /// </summary>
    public RunFormat RunFormatOf(string? paragraphStyle, RunProperties? direct)
    {
        var characterStyle = direct?.RunStyle?.Val?.Value ?? _defaultCharacterStyle;
        if (!_styleFormats.TryGetValue((paragraphStyle, characterStyle), out var styled))
        {
            styled = new RunFormat(
                StyledToggle<Bold>(paragraphStyle, characterStyle),
                StyledToggle<Italic>(paragraphStyle, characterStyle),
                StyledToggle<Vanish>(paragraphStyle, characterStyle),
                StyledToggle<Caps>(paragraphStyle, characterStyle),
                StyledFont(paragraphStyle, characterStyle));
            _styleFormats[(paragraphStyle, characterStyle)] = styled;
        }

        return new RunFormat(
            Toggle<Bold>(direct) ?? styled.Bold,
            Toggle<Italic>(direct) ?? styled.Italic,
            Toggle<Vanish>(direct) ?? styled.Hidden,
            Toggle<Caps>(direct) ?? styled.Caps,
            FontOf(direct) ?? styled.Font);
    }

    /// <summary>0-based outline level from the paragraph, else its style chain, else a built-in "heading N" style name; null for body text.</summary>
    public int? OutlineLevelOf(ParagraphProperties? properties, string? paragraphStyle)
    {
        var level = properties?.OutlineLevel?.Val.Parsed()
            ?? FromChain(paragraphStyle, s => s.StyleParagraphProperties?.OutlineLevel?.Val.Parsed())
            ?? HeadingLevelFromName(paragraphStyle);

        // Level 9 is Word's "body text".
        return level is >= 0 and < 9 ? level : null;
    }

    /// <summary>
    /// The numbering a paragraph asks for, directly or through its style chain. A direct
    /// <c>numPr</c> may give only the level and leave the list to the style; numId 0 switches numbering off.
    /// </summary>
    public NumberingReference? NumberingOf(ParagraphProperties? properties, string? paragraphStyle)
    {
        var direct = properties?.NumberingProperties;
        var numId = direct?.NumberingId?.Val.Parsed()
            ?? FromChain(paragraphStyle, s => s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val.Parsed());
        if (numId is null or 0)
        {
            return null;
        }

        var level = direct?.NumberingLevelReference?.Val.Parsed()
            ?? FromChain(paragraphStyle, s => s.StyleParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val.Parsed());
        return new NumberingReference(numId.Value, level);
    }

    /// <summary>The list a numbering style (named by <c>w:numStyleLink</c>) stands for.</summary>
    public int? NumIdOfStyle(string styleId) =>
        FromChain(styleId, s => s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val.Parsed());

    private bool StyledToggle<T>(string? paragraphStyle, string? characterStyle)
        where T : OnOffType
    {
        var fromParagraph = FromChain(paragraphStyle, s => Toggle<T>(s.StyleRunProperties));
        var fromCharacter = FromChain(characterStyle, s => Toggle<T>(s.StyleRunProperties));
        return (fromParagraph, fromCharacter) switch
        {
            (bool p, bool c) => p ^ c,
            (bool p, null) => p,
            (null, bool c) => c,
            _ => Toggle<T>(_defaultRunProperties) ?? false,
        };
    }

    private string? StyledFont(string? paragraphStyle, string? characterStyle) =>
        FontInChain(characterStyle) ?? FontInChain(paragraphStyle) ?? FontOf(_defaultRunProperties);

    // FromChain takes value types; a one-element tuple carries the name through it.
    private string? FontInChain(string? styleId) =>
        FromChain(styleId, s => FontOf(s.StyleRunProperties) is { } font ? new ValueTuple<string>(font) : (ValueTuple<string>?)null)?.Item1;

    private static string? FontOf(OpenXmlElement? properties) =>
        properties?.GetFirstChild<RunFonts>() is { } fonts ? fonts.HighAnsi?.Value ?? fonts.Ascii?.Value : null;

    private static bool? Toggle<T>(OpenXmlElement? properties)
        where T : OnOffType =>
        properties?.GetFirstChild<T>() is { } element ? element.Val.Parsed() ?? true : null;

    /// <summary>The first value the style or one of its ancestors defines.</summary>
    private TValue? FromChain<TValue>(string? styleId, Func<Style, TValue?> select)
        where TValue : struct
    {
        for (var hops = 0; styleId is not null && hops < MaxChainLength && _byId.TryGetValue(styleId, out var style); hops++)
        {
            if (select(style) is { } value)
            {
                return value;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return null;
    }

    private int? HeadingLevelFromName(string? styleId)
    {
        var name = styleId is not null && _byId.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value : null;
        return name is not null
            && name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(name.AsSpan("heading ".Length), out var n) && n is >= 1 and <= 9
            ? n - 1
            : null;
    }

    private static string? DefaultOf(List<Style> styles, StyleValues type) =>
        styles.FirstOrDefault(s => s.Type.Parsed() == type && s.Default.Parsed() == true)?.StyleId?.Value;
}
