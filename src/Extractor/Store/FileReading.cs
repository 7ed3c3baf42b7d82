using Extractor.Model;

namespace Extractor.Store;

/// <summary>
/// How a file of a report was read, and which of a report's files it is best read from: a DOCX
/// (Word's own text, notes and emphasis), then a PDF with a text layer (the same text, laid out),
/// then text (no emphasis, notes by their markers), then a Word 97-2003 .doc (through LibreOffice's
/// conversion, which can renumber lists), then a scan read by OCR (a few words in a hundred misread);
/// among files read alike, the first path in ordinal order, so the choice does not depend on the
/// order the files arrive in.
/// </summary>
internal static class FileReading
{
    private static readonly string[] Order = ["docx", "pdf", "text", "doc", "scan"];

    /// <summary>"docx", "pdf", "text", "doc" or "scan" (any page read by OCR). Readers refuse a name that lies about the content, so the extension of a file read tells its format.</summary>
    public static string Of(StoredReport stored)
    {
        var report = stored.Report;
        if (report.Diagnostics.Any(d => d.Code == DiagnosticCode.OcrUsed)
            || report.Preamble.Concat(report.AllSections().SelectMany(s => s.Paragraphs)).Any(p => p.OcrConfidence is not null))
        {
            return "scan";
        }

        if (report.Diagnostics.Any(d => d.Code == DiagnosticCode.ConvertedByLibreoffice))
        {
            return "doc";
        }

        return System.IO.Path.GetExtension(stored.Path).ToLowerInvariant() switch
        {
            ".docx" => "docx",
            ".pdf" => "pdf",
            _ => "text",
        };
    }

    /// <summary>Whether a file read as <paramref name="format"/> at <paramref name="path"/> is a better reading than the report's current one.</summary>
    public static bool Better(string format, string path, string currentFormat, string currentPath)
    {
        var rank = Array.IndexOf(Order, format).CompareTo(Array.IndexOf(Order, currentFormat));
        return rank < 0 || rank == 0 && string.CompareOrdinal(path, currentPath) < 0;
    }
}
