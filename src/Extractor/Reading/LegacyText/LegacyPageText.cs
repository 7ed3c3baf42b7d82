using System.Text;
using Extractor.Model;
using Extractor.Reading.Pdf;
using Extractor.Text;

namespace Extractor.Reading.LegacyText;

/// <summary>
/// Decodes the glyphs a document's pages draw in legacy-encoded fonts (TCVN3 ".VnTime", VNI "VNI-Times"),
/// one decision per font per page from the characters, so a legacy font name over Unicode text (or a
/// subset drawing only digits) changes nothing. Pages go in document order: once an encoding was
/// decoded, a later page's tie decodes too (a page whose only H-font text is "h®nd").
/// </summary>
internal sealed class LegacyPageText
{
    // Glyphs further apart than this fraction of the font size are separate words.
    private const double WordGap = 0.25;

    private readonly HashSet<LegacyEncoding> _decodedEncodings = [];
    private readonly SortedDictionary<string, int> _decodedPages = new(StringComparer.Ordinal);

    /// <summary>What was decoded, one note per font family: "decoded 3 page(s) from TCVN3 (.VnTime)".</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        _decodedPages.Select(d => new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.LegacyEncodingDecoded, $"decoded {d.Value} page(s) from {d.Key}"));

    /// <summary>The page with its legacy-encoded glyphs decoded; the same instance when there are none.</summary>
    public DrawnPage Decode(DrawnPage page)
    {
        DrawnGlyph?[]? decoded = null;
        var families = new HashSet<string>();
        foreach (var font in page.Glyphs.Select(g => g.FontName).Distinct())
        {
            if (LegacyFont.Of(font) is not { } legacy)
            {
                continue;
            }

            var drawn = Enumerable.Range(0, page.Glyphs.Count).Where(i => page.Glyphs[i].FontName == font).ToList();
            var (text, starts) = Joined(page.Glyphs, drawn);
            if (legacy.Encodes(text, _decodedEncodings.Contains(legacy.Encoding)))
            {
                decoded ??= [.. page.Glyphs];
                Decode(legacy, page.Glyphs, drawn, text, starts, decoded);
                _decodedEncodings.Add(legacy.Encoding);
                families.Add(legacy.Description);
            }
        }

        foreach (var family in families)
        {
            _decodedPages[family] = _decodedPages.GetValueOrDefault(family) + 1;
        }

        return decoded is null ? page : page with { Glyphs = decoded.OfType<DrawnGlyph>().ToList() };
    }

    /// <summary>The font's glyphs as one text, a space where they are not side by side, and where each glyph starts in it.</summary>
    private static (string Text, int[] Starts) Joined(IReadOnlyList<DrawnGlyph> glyphs, List<int> drawn)
    {
        var text = new StringBuilder();
        var starts = new int[drawn.Count];
        for (var k = 0; k < drawn.Count; k++)
        {
            if (k > 0 && !SideBySide(glyphs[drawn[k - 1]], glyphs[drawn[k]]))
            {
                text.Append(' ');
            }

            starts[k] = text.Length;
            text.Append(glyphs[drawn[k]].Text);
        }

        return (text.ToString(), starts);
    }

    private static bool SideBySide(DrawnGlyph left, DrawnGlyph right) =>
        Math.Abs(left.Baseline - right.Baseline) < WordGap * left.FontSize
        && Math.Abs(left.X + left.Width - right.X) < WordGap * left.FontSize;

    private static void Decode(LegacyFont font, IReadOnlyList<DrawnGlyph> glyphs, List<int> drawn, string text, int[] starts, DrawnGlyph?[] decoded)
    {
        var kept = -1;
        for (var k = 0; k < drawn.Count; k++)
        {
            var glyph = glyphs[drawn[k]];
            var start = starts[k];
            var before = start > 0 ? text[start - 1] : '\0';
            var letters = font.Encoding == LegacyEncoding.Tcvn3 && glyph.Text == "-" && IsLetterU(font, text, start)
                ? LetterU(font)
                : font.Decode(glyph.Text, before);

            // A VNI mark glyph joins the letter before it: "o" + "ù" is one glyph "ó", as wide as both.
            if (kept >= 0 && letters.Length > 0 && letters.All(IsCombining) && before != ' ')
            {
                var letter = decoded[drawn[kept]]!;
                decoded[drawn[kept]] = letter with
                {
                    Text = (letter.Text + letters).Normalize(NormalizationForm.FormC),
                    Width = Math.Max(letter.Width, glyph.X + glyph.Width - letter.X),
                };
                decoded[drawn[k]] = null;
                continue;
            }

            decoded[drawn[k]] = glyph with { Text = letters.Normalize(NormalizationForm.FormC) };
            kept = k;
        }
    }

    /// <summary>
    /// TCVN3 codes "ư" as 0xAD, which WinAnsi calls a hyphen: a "-" glued to letters is "ư" when the
    /// word it makes is a Vietnamese syllable ("tr-êng" is "trường", "nh-" is "như"; "tế-xã" keeps its hyphen).
    /// </summary>
    private static bool IsLetterU(LegacyFont font, string text, int at)
    {
        var start = at;
        while (start > 0 && IsWordCharacter(font, text[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && IsWordCharacter(font, text[end]))
        {
            end++;
        }

        if (start == at && end == at + 1)
        {
            return false;
        }

        var word = font.Decode(text[start..at]) + LetterU(font) + font.Decode(text[(at + 1)..end]);
        return VietnameseSyllable.IsWellFormed(word.Normalize(NormalizationForm.FormC));
    }

    private static string LetterU(LegacyFont font) => font.Capitals ? "Ư" : "ư";

    private static bool IsWordCharacter(LegacyFont font, char c) => char.IsLetter(c) || font.IsCode(c);

    private static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';
}
