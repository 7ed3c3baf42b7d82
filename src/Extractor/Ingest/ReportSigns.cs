using Extractor.Model;

namespace Extractor.Ingest;

/// <summary>
/// Whether what a reader made of a file is a report at all. Every report the readers meet states
/// at least one of a document type, number, date, place or period, or has numbered sections
/// (the samples and the real documents: even an appendix of tables names its province); a README,
/// a table saved as text or a page with no words has none of them. The rule is that conservative:
/// a file with any of them goes in.
/// </summary>
internal static class ReportSigns
{
    /// <summary>Why <paramref name="report"/> is not a report, one line naming the file; null when it is one.</summary>
    public static string? Missing(Report report)
    {
        var m = report.Metadata;
        if (m.Type is not null || m.Number is not null || m.Date is not null || m.Place is not null || m.Province is not null || m.Period is not null
            || report.Sections.Count > 0)
        {
            return null;
        }

        var words = report.Preamble.Sum(p => p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        return $"{Path.GetFileName(report.Source)}: not a report: no document type, number, date, place or period and no numbered section ({words} words)";
    }
}
