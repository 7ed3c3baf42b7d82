using CsvHelper;

namespace Extractor.Ingest;

/// <summary>The failures of a batch as CSV beside the database (<c>&lt;db&gt;.failures.csv</c>): file, reason, message.</summary>
public static class FailureReport
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static string PathFor(string database) => database + ".failures.csv";

    /// <summary>Writes the file even when there are no failures, so an older run's list never stands for this one.</summary>
    public static void Write(string path, IEnumerable<IngestFailure> failures)
    {
        using var output = File.Create(path);
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(["file", "reason", "message"]);
        foreach (var failure in failures)
        {
            csv.WriteField(failure.File);
            csv.WriteField(failure.Reason);
            csv.WriteField(failure.Message);
            csv.EndRecord();
        }
    }
}
