using System.Globalization;
using System.Text;
using Extractor.Text;

namespace Extractor.Reading.Pdf;

/// <summary>How far a page's text layer reads as Vietnamese, and whether to trust it.</summary>
/// <param name="Score">Share of judged words that are well-formed Vietnamese syllables, scaled down when fewer than half carry diacritics; 0 to 1.</param>
/// <param name="Words">Distinct words judged; acronyms, one-letter words and numbers are not.</param>
/// <param name="Usable">False when the layer is garbage (English-only OCR of a Vietnamese scan) and the page needs OCR.</param>
internal sealed record TextLayerVerdict(double Score, int Words, bool Usable)
{
    /// <summary>False for a page with too few words to judge, which is kept as it is.</summary>
    public bool Judged => Words >= TextLayerQuality.MinWords;

    /// <summary>The verdict as a reader reports it: "page 1: text layer unusable (Vietnamese score 0.10)", "page 1: invisible text layer unusable (...)".</summary>
    public string Describe(int page, string layer = "text layer") =>
        string.Create(CultureInfo.InvariantCulture, $"page {page}: {layer} {(Usable ? "usable" : "unusable")} (Vietnamese score {Score:0.00})");
}

/// <summary>
/// Judges a page's text layer word by word: a Vietnamese page is nearly all well-formed syllables
/// (<see cref="VietnameseSyllable"/>) and most of them carry diacritics; English-only OCR of a
/// scan gives mixed case, impossible spellings, Latin-1 letters and symbols (Ø, Ç, °, ¡) and bare
/// vowels. Each distinct word counts once, so a unit repeated down a table ("ha") does not outweigh
/// the rest; a page with too few words to judge (a table of numbers) is kept.
/// </summary>
internal static class TextLayerQuality
{
    // Below this many distinct judged words a page is kept whatever they look like: figures, a signature, a page number.
    public const int MinWords = 12;

    // Vietnamese prose marks most of its words (84-96% of the words on our sample and real pages); a layer marking fewer than half lost its diacritics.
    private const double ExpectedMarked = 0.5;

    // Every page of our sample and real text PDFs scores 0.97 or more; the garbage OCR layers 0.10 and 0.
    private const double Threshold = 0.6;

    // Glyphs further apart than this share of their size, or off each other's baseline by more, are in different words.
    private const double WordGap = 0.12;

    /// <summary>The page's glyphs in drawing order, cut into runs where they stop sitting side by side; cheaper than laying out lines, and words come out the same.</summary>
    public static TextLayerVerdict Judge(PageFrame frame) => Judge(frame.Glyphs);

    /// <summary>Glyphs in drawing order, cut into runs where they stop sitting side by side.</summary>
    public static TextLayerVerdict Judge(IEnumerable<PlacedGlyph> glyphs)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        PlacedGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (previous is not null && !SideBySide(previous, glyph))
            {
                runs.Add(run.ToString());
                run.Clear();
            }

            run.Append(glyph.Text);
            previous = glyph;
        }

        runs.Add(run.ToString());
        return Judge(runs);
    }

    private static bool SideBySide(PlacedGlyph left, PlacedGlyph right) =>
        Math.Abs(left.Baseline - right.Baseline) <= WordGap * left.Size && right.Left - left.Right <= WordGap * left.Size && right.Left >= left.Left;

    public static TextLayerVerdict Judge(IEnumerable<string> lines)
    {
        var (words, wellFormed, marked) = (0, 0, 0);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in lines.SelectMany(Tokens).Where(seen.Add))
        {
            switch (Classify(token))
            {
                case TokenKind.Syllable:
                    words++;
                    wellFormed++;
                    marked += HasDiacritic(token) ? 1 : 0;
                    break;
                case TokenKind.Noise:
                    words++;
                    break;
            }
        }

        if (words < MinWords)
        {
            return new TextLayerVerdict(1, words, true);
        }

        var score = (double)wellFormed / words * Math.Min(1, marked / (ExpectedMarked * words));
        return new TextLayerVerdict(score, words, score >= Threshold);
    }

    private enum TokenKind
    {
        Skipped,
        Syllable,
        Noise,
    }

    private static TokenKind Classify(string token)
    {
        if (token.Any(char.IsNumber) || !token.Any(char.IsLetter) && !token.Any(IsStraySymbol))
        {
            return TokenKind.Skipped;
        }

        if (!token.All(c => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
        {
            return TokenKind.Noise;
        }

        if (VietnameseSyllable.IsWellFormed(token))
        {
            return TokenKind.Syllable;
        }

        return token.Length == 1 || IsAcronym(token) ? TokenKind.Skipped : TokenKind.Noise;
    }

    /// <summary>Words between spaces and punctuation; Latin-1 symbols stay inside, where OCR noise puts them ("ng°Ýi").</summary>
    private static IEnumerable<string> Tokens(string line)
    {
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !IsSeparator(line[i]))
            {
                continue;
            }

            if (i > start)
            {
                yield return line[start..i];
            }

            start = i + 1;
        }
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || (c < 0x80 || c is >= '\u2000' and <= '\u206F' or '«' or '»') && (char.IsPunctuation(c) || char.IsSymbol(c));

    // ¡ £ § · ¿ and the like: no Vietnamese text writes them, a misread glyph does. Degrees and superscripts (m², note marks) are real.
    private static bool IsStraySymbol(char c) => c is >= '\u00A1' and <= '\u00BF' and not ('°' or '²' or '³' or '¹' or '«' or '»' or '±');

    // UBND, HĐND, ĐVT, KH: upper-case initials are not syllables and say nothing about the layer.
    private static bool IsAcronym(string token) => token.Length <= 6 && token.All(c => c is >= 'A' and <= 'Z' or 'Đ');

    private static bool HasDiacritic(string word) =>
        word.Normalize(NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
