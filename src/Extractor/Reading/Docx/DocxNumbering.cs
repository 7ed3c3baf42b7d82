using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>
/// Automatic numbering (numbering.xml): computes the label Word draws before a numbered
/// paragraph ("I.", "1.1.", "a)"), which is not in the run text. Counters advance in
/// document order. As in Word, counters belong to the abstract definition: lists (<c>w:num</c>)
/// sharing one continue one another, and a list's <c>w:startOverride</c> restarts its level
/// where that list is first used (how Word's "restart numbering" and LibreOffice's lists are written).
/// </summary>
internal sealed class DocxNumbering
{
    private const int LevelCount = 9;

    // numStyleLink indirections are one hop in practice; more is a cycle.
    private const int MaxStyleLinkHops = 4;

    private readonly Dictionary<int, AbstractNum> _abstracts;
    private readonly Dictionary<int, NumberingInstance> _instances;
    private readonly DocxStyles _styles;
    private readonly Dictionary<int, ListDefinition?> _lists = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _usedLists = [];

    private DocxNumbering(Numbering? numbering, DocxStyles styles)
    {
        _abstracts = (numbering?.Elements<AbstractNum>() ?? [])
            .Where(a => a.AbstractNumberId.Parsed() is not null)
            .GroupBy(a => a.AbstractNumberId.Parsed()!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        _instances = (numbering?.Elements<NumberingInstance>() ?? [])
            .Where(n => n.NumberID.Parsed() is not null)
            .GroupBy(n => n.NumberID.Parsed()!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        _styles = styles;
    }

    public static DocxNumbering Load(Numbering? numbering, DocxStyles styles) => new(numbering, styles);

    /// <summary>
    /// Advances the counters for a paragraph of list <paramref name="reference"/> and returns
    /// its label, or null for bullets, undefined lists and levels that show no number.
    /// </summary>
    /// <param name="paragraphStyle">Used when the paragraph gives no level: the level whose <c>w:pStyle</c> names the style, else 0.</param>
    public string? NextLabel(NumberingReference reference, string? paragraphStyle)
    {
        if (ListOf(reference.NumId) is not { } list)
        {
            return null;
        }

        var level = Math.Clamp(reference.Level ?? list.LevelOfStyle(paragraphStyle) ?? 0, 0, LevelCount - 1);
        if (list.Levels[level] is not { } definition)
        {
            return null;
        }

        if (!_counters.TryGetValue(list.AbstractId, out var counters))
        {
            counters = new int?[LevelCount];
            _counters[list.AbstractId] = counters;
        }

        if (_usedLists.Add(reference.NumId))
        {
            // An unset counter starts again at the level's start, which the override has replaced.
            foreach (var overridden in list.StartOverrides)
            {
                counters[overridden] = null;
            }
        }

        counters[level] = counters[level] is { } current ? current + 1 : definition.Start;
        for (var deeper = level + 1; deeper < LevelCount; deeper++)
        {
            if (list.Levels[deeper]?.RestartsAfter(level) ?? true)
            {
                counters[deeper] = null;
            }
        }

        return definition.Format == NumberFormatValues.Bullet ? null : Render(definition, list, counters);
    }

    private static string? Render(LevelDefinition definition, ListDefinition list, int?[] counters)
    {
        var text = new StringBuilder();
        var pattern = definition.Text;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var shown = pattern[i + 1] - '1';
                var shownDefinition = list.Levels[shown];
                // A level not yet used in this list shows its start value, as Word does.
                var value = counters[shown] ?? shownDefinition?.Start ?? 1;
                var format = definition.IsLegal ? NumberFormatValues.Decimal : shownDefinition?.Format ?? NumberFormatValues.Decimal;
                text.Append(NumberFormats.Format(value, format));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        var label = text.ToString().Trim();
        return label.Length == 0 ? null : label;
    }

    private ListDefinition? ListOf(int numId)
    {
        if (!_lists.TryGetValue(numId, out var list))
        {
            list = _instances.TryGetValue(numId, out var instance) ? Define(instance) : null;
            _lists[numId] = list;
        }

        return list;
    }

    private ListDefinition? Define(NumberingInstance instance)
    {
        if (AbstractOf(instance) is not { } found)
        {
            return null;
        }

        var (abstractId, abstractNum) = found;

        var levels = new LevelDefinition?[LevelCount];
        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.LevelIndex.Parsed() is int index and >= 0 and < LevelCount)
            {
                levels[index] = LevelDefinition.From(level);
            }
        }

        var startOverrides = new List<int>();
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex.Parsed() is not (int index and >= 0 and < LevelCount))
            {
                continue;
            }

            if (levelOverride.Level is { } replacement)
            {
                levels[index] = LevelDefinition.From(replacement);
            }

            if (levelOverride.StartOverrideNumberingValue?.Val.Parsed() is int start && levels[index] is { } overridden)
            {
                levels[index] = overridden with { Start = start };
                startOverrides.Add(index);
            }
        }

        return new ListDefinition(abstractId, levels, startOverrides);
    }

    /// <summary>The abstract definition behind a list, following <c>w:numStyleLink</c> to the list the numbering style names.</summary>
    private (int Id, AbstractNum Definition)? AbstractOf(NumberingInstance instance)
    {
        for (var hops = 0; hops < MaxStyleLinkHops; hops++)
        {
            if (instance.AbstractNumId?.Val.Parsed() is not int abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum))
            {
                return null;
            }

            var link = abstractNum.NumberingStyleLink?.Val?.Value;
            if (link is null)
            {
                return (abstractId, abstractNum);
            }

            if (_styles.NumIdOfStyle(link) is not int linked || !_instances.TryGetValue(linked, out var next))
            {
                return null;
            }

            instance = next;
        }

        return null;
    }

    /// <param name="Levels">The abstract definition's levels with this list's overrides applied.</param>
    /// <param name="StartOverrides">Levels whose start this list overrides.</param>
    private sealed record ListDefinition(int AbstractId, LevelDefinition?[] Levels, IReadOnlyList<int> StartOverrides)
    {
        public int? LevelOfStyle(string? paragraphStyle)
        {
            if (paragraphStyle is null)
            {
                return null;
            }

            var index = Array.FindIndex(Levels, l => l?.ParagraphStyle == paragraphStyle);
            return index >= 0 ? index : null;
        }
    }

    /// <param name="Restart">
    /// <c>w:lvlRestart</c>: restart after a use of level Restart-1 or shallower; 0 never restarts;
    /// null restarts after any shallower level.
    /// </param>
    private sealed record LevelDefinition(int Start, NumberFormatValues Format, string Text, int? Restart, bool IsLegal, string? ParagraphStyle)
    {
        public static LevelDefinition From(Level level) => new(
            level.StartNumberingValue?.Val.Parsed() ?? 0,
            level.NumberingFormat?.Val.Parsed() ?? NumberFormatValues.Decimal,
            level.LevelText?.Val?.Value ?? string.Empty,
            level.LevelRestart?.Val.Parsed(),
            level.IsLegalNumberingStyle is { } legal && (legal.Val.Parsed() ?? true),
            level.ParagraphStyleIdInLevel?.Val?.Value);

        public bool RestartsAfter(int usedLevel) => Restart is not { } restart || (restart > 0 && usedLevel <= restart - 1);
    }
}
