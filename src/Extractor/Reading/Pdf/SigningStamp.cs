using Extractor.Model;

namespace Extractor.Reading.Pdf;

/// <summary>
/// The box a signing service draws on a signed PDF ("Ký bởi: ...", "Email: ...", "Cơ quan: ...",
/// "Thời gian ký: ..."): not part of the report. Its lines, and the lines that wrap them
/// (same size, same left edge, next row), go to the diagnostics instead of the body.
/// </summary>
internal static class SigningStamp
{
    private static readonly string[] Openings = ["Ký bởi", "Email:", "Cơ quan:", "Thời gian ký", "Người ký", "Signed by", "Signature"];

    // A wrapped stamp line starts within this many font sizes of the stamp's left edge, and at most this many rows below.
    private const double AlignTolerance = 1.0;
    private const double RowDistance = 1.8;

    public static void Remove(List<TextLine> lines, int pageNumber, List<Diagnostic> diagnostics)
    {
        var stamp = lines.Where(IsStampLine).ToList();
        if (stamp.Count == 0)
        {
            return;
        }

        for (var grown = true; grown;)
        {
            var more = lines.Where(l => !stamp.Contains(l) && stamp.Any(s => Wraps(s, l))).ToList();
            stamp.AddRange(more);
            grown = more.Count > 0;
        }

        var text = string.Join(" ", stamp.OrderBy(l => l.Baseline).ThenBy(l => l.Left).Select(l => l.Text));
        diagnostics.Add(new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.SigningStampRemoved, $"page {pageNumber}: signing stamp left out of the text: {text}") { Page = pageNumber });
        lines.RemoveAll(stamp.Contains);
    }

    private static bool IsStampLine(TextLine line) =>
        Openings.Any(o => line.Text.StartsWith(o, StringComparison.OrdinalIgnoreCase));

    private static bool Wraps(TextLine stamp, TextLine line) =>
        Math.Abs(line.Size - stamp.Size) < 0.5
        && Math.Abs(line.Left - stamp.Left) < AlignTolerance * stamp.Size
        && line.Baseline > stamp.Baseline && line.Baseline - stamp.Baseline < RowDistance * stamp.Size;
}
