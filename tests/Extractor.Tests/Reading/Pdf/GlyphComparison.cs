using System.Globalization;
using System.Text;
using Extractor.Pdf.Content.Fonts;
using Extractor.Reading;
using Extractor.Reading.Pdf;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>What a glyph of ours is, held against PdfPig's letter in the same place of the drawing order.</summary>
internal enum GlyphOutcome
{
    Agreeing,
    TextDiffers,
    PositionDiffers,
    WidthDiffers,
    SizeDiffers,
    FontDiffers,
    StyleDiffers,

    /// <summary>One of the two draws the glyph invisibly (render mode 3 or 7), the other not.</summary>
    VisibilityDiffers,
    OursOnly,
    TheirsOnly,

    /// <summary>Excluded: a glyph of an annotation's appearance (a signing stamp), which PdfPig does not draw.</summary>
    StampGlyph,

    /// <summary>Excluded: a letter whose text our repairs change ('ƣ' to 'ư', private-use bullets).</summary>
    Repaired,

    /// <summary>Excluded: a combining mark PdfPig gives on its own, which ours folds into the letter before.</summary>
    FoldedMark,

    /// <summary>Excluded: a standard-font glyph whose position or width PdfPig takes from its own metrics, not the file's.</summary>
    StandardFontWidth,
}

/// <summary>
/// Our glyphs against PdfPig's letters, page by page in drawing order, both turned upright by <see cref="PageFrame"/>
/// (so PdfPig's crop-box origin and ours meet). PdfPig's letters are only made NFC; where ours differ for a known
/// reason the glyph is counted under that reason instead of as a disagreement.
/// </summary>
internal static class GlyphComparison
{
    /// <summary>How far, in points, a position, advance width or size may differ and still agree.</summary>
    public const double Tolerance = 0.01;

    public static GlyphTally Compare(string path)
    {
        var tally = new GlyphTally();
        var oracle = new PdfPigPageSource(path, asLetters: true);
        List<DrawnPage> theirs;
        try
        {
            theirs = [.. oracle.Pages];
        }
        catch (ReportReadException e)
        {
            tally.OracleFailure = e.Message;
            return tally;
        }

        var ours = ExtractorPdfPageSource.Open(path, ReaderOptions.Default).Pages.ToList();
        for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            var (mine, other) = (ours.ElementAtOrDefault(i), theirs.ElementAtOrDefault(i));
            tally.Count(GlyphOutcome.OursOnly, other is null ? mine!.Glyphs.Count : 0);
            tally.Count(GlyphOutcome.TheirsOnly, mine is null ? other!.Glyphs.Count : 0);
            if (mine is not null && other is not null)
            {
                Compare(mine, other, oracle.AnnotatedPages.Contains(other.Number), tally);
            }
        }

        return tally;
    }

    private static void Compare(DrawnPage ours, DrawnPage theirs, bool stamped, GlyphTally tally)
    {
        var (ourFrame, theirFrame) = (PageFrame.From(ours), PageFrame.From(theirs));
        var (i, j) = (0, 0);
        while (i < ours.Glyphs.Count && j < theirs.Glyphs.Count)
        {
            // PdfPig leaves a combining mark drawn as a glyph of its own apart; ours folds it into the letter before.
            var text = theirs.Glyphs[j].Text;
            var next = j + 1;
            while (next < theirs.Glyphs.Count && IsMark(theirs.Glyphs[next].Text))
            {
                text = (text + theirs.Glyphs[next++].Text).Normalize(NormalizationForm.FormC);
            }

            tally.Count(GlyphOutcome.FoldedMark, next - j - 1);
            var (outcome, difference) = Judge(ours.Glyphs[i], ourFrame.Glyphs[i], theirs.Glyphs[j], theirFrame.Glyphs[j], text);
            tally.Count(outcome, 1, difference is null ? null : $"page {ours.Number} glyph {i} '{ourFrame.Glyphs[i].Text}' {ours.Glyphs[i].FontName}: {difference}");
            (i, j) = (i + 1, next);
        }

        // Our engine draws annotation appearances after the page's content; PdfPig draws none.
        tally.Count(stamped ? GlyphOutcome.StampGlyph : GlyphOutcome.OursOnly, ours.Glyphs.Count - i);
        tally.Count(GlyphOutcome.TheirsOnly, theirs.Glyphs.Count - j);
    }

    /// <summary>The outcome for one glyph and, where they disagree, how (ours first).</summary>
    private static (GlyphOutcome, string?) Judge(DrawnGlyph ours, PlacedGlyph mine, DrawnGlyph theirs, PlacedGlyph other, string text)
    {
        var placed = Agree(mine.Left, other.Left) && Agree(mine.Baseline, other.Baseline);
        var wide = Agree(mine.Right - mine.Left, other.Right - other.Left);
        var sized = Agree(mine.Size, other.Size);
        return true switch
        {
            _ when mine.Text != text && mine.Text == UnicodeRepair.Clean(text) => (GlyphOutcome.Repaired, null),
            _ when mine.Text != text => (GlyphOutcome.TextDiffers, $"text PdfPig '{text}'"),

            // PdfPig takes a standard font's widths from its own metrics, not the file's /Widths, so letters of names
            // those metrics lack ("Uhookabove") come out narrow and the rest of their line drifts.
            _ when IsStandardFont(ours.FontName) && sized && !(placed && wide) => (GlyphOutcome.StandardFontWidth, null),
            _ when !placed => (GlyphOutcome.PositionDiffers, Invariant($"at ({mine.Left:0.00}, {mine.Baseline:0.00}), PdfPig ({other.Left:0.00}, {other.Baseline:0.00})")),
            _ when !wide => (GlyphOutcome.WidthDiffers, Invariant($"width {mine.Right - mine.Left:0.000}, PdfPig {other.Right - other.Left:0.000}")),
            _ when !sized => (GlyphOutcome.SizeDiffers, Invariant($"size {mine.Size:0.00}, PdfPig {other.Size:0.00}")),
            _ when ours.FontName != theirs.FontName => (GlyphOutcome.FontDiffers, $"PdfPig's font {theirs.FontName}"),
            _ when (mine.Bold, mine.Italic) != (other.Bold, other.Italic) => (GlyphOutcome.StyleDiffers, $"bold, italic {(mine.Bold, mine.Italic)}, PdfPig {(other.Bold, other.Italic)}"),
            _ when ours.Invisible != theirs.Invisible => (GlyphOutcome.VisibilityDiffers, $"invisible {ours.Invisible}, PdfPig {theirs.Invisible}"),
            _ => (GlyphOutcome.Agreeing, null),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static bool Agree(double ours, double theirs) => Math.Abs(ours - theirs) <= Tolerance;

    /// <summary>The standard 14 fonts, which a file may name without embedding them or their metrics.</summary>
    private static bool IsStandardFont(string name) =>
        name is "Symbol" or "ZapfDingbats" || name.StartsWith("Times-", StringComparison.Ordinal)
        || name.StartsWith("Helvetica", StringComparison.Ordinal) || name.StartsWith("Courier", StringComparison.Ordinal);

    private static bool IsMark(string text) => text.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(text, 0) == UnicodeCategory.NonSpacingMark;
}

/// <summary>What a comparison found: how many glyphs had each outcome, the first disagreements, and whether PdfPig failed.</summary>
internal sealed class GlyphTally
{
    private static readonly GlyphOutcome[] Disagreements =
    [
        GlyphOutcome.TextDiffers, GlyphOutcome.PositionDiffers, GlyphOutcome.WidthDiffers, GlyphOutcome.SizeDiffers,
        GlyphOutcome.FontDiffers, GlyphOutcome.StyleDiffers, GlyphOutcome.VisibilityDiffers, GlyphOutcome.OursOnly, GlyphOutcome.TheirsOnly,
    ];

    private readonly int[] _counts = new int[Enum.GetValues<GlyphOutcome>().Length];
    private readonly List<string> _notes = [];

    public int this[GlyphOutcome outcome] => _counts[(int)outcome];

    public int Disagreeing => Disagreements.Sum(outcome => this[outcome]);

    /// <summary>The share of compared glyphs (exclusions aside) on which both engines agree.</summary>
    public double Agreement => this[GlyphOutcome.Agreeing] + Disagreeing == 0 ? 0 : (double)this[GlyphOutcome.Agreeing] / (this[GlyphOutcome.Agreeing] + Disagreeing);

    /// <summary>What PdfPig raised on the file, if it could not read it.</summary>
    public string? OracleFailure { get; set; }

    /// <summary>The first disagreements, to say where they are.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Count(GlyphOutcome outcome, int glyphs, string? note = null)
    {
        _counts[(int)outcome] += glyphs;
        if (note is not null && _notes.Count < 20)
        {
            _notes.Add(note);
        }
    }

    public override string ToString() =>
        string.Join(", ", Enum.GetValues<GlyphOutcome>().Select(outcome => $"{outcome} {this[outcome]}"))
        + (OracleFailure is null ? "" : $"; PdfPig failed: {OracleFailure}");
}
