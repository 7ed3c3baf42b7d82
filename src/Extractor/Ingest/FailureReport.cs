using System.Globalization;
using System.Text;
using CsvHelper;

namespace Extractor.Ingest;

/// <summary>
/// The failures of a batch beside the database: <c>&lt;db&gt;.failures.csv</c> (file, reason, message) and
/// <c>&lt;db&gt;.failures.log</c> (the stack of each internal error). Each file is written whole under a
/// temporary name and then renamed, so a crash leaves the previous file or the new one, never half of one.
/// </summary>
public static class FailureReport
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static string PathFor(string database) => database + ".failures.csv";

    public static string LogPathFor(string database) => database + ".failures.log";

    /// <summary>Writes the file even when there are no failures, so an older run's list never stands for this one.</summary>
    public static void Write(string path, IEnumerable<IngestFailure> failures) => WriteWhole(path, output =>
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(["file", "reason", "message"]);
        foreach (var failure in failures)
        {
            csv.WriteField(failure.File);
            csv.WriteField(failure.Reason);
            csv.WriteField(failure.Message);
            csv.EndRecord();
        }
    });

    /// <summary>The failures <see cref="Write"/> wrote to <paramref name="path"/>; none when there is no such file.</summary>
    public static IReadOnlyList<IngestFailure> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var csv = CsvReader.FromFile(path, new CsvReaderOptions());
        var failures = new List<IngestFailure>();
        while (csv.Read())
        {
            failures.Add(new IngestFailure(csv.GetString("file"), csv.GetString("reason"), csv.GetString("message")));
        }

        return failures;
    }

    /// <summary>
    /// Writes, for every failure with a <see cref="IngestFailure.Trace"/>, its time, file and whole exception;
    /// like the CSV, also when there is none, so an older run's stacks never stand for this one.
    /// </summary>
    public static void WriteLog(string path, IEnumerable<IngestFailure> failures) => WriteWhole(path, output =>
    {
        using var log = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        foreach (var failure in failures.Where(f => f.Trace is not null))
        {
            log.WriteLine($"{failure.Trace!.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)} {failure.Reason} {failure.File}");
            log.WriteLine(failure.Trace.Exception);
            log.WriteLine();
        }
    });

    private static void WriteWhole(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp";
        using (var output = File.Create(temporary))
        {
            write(output);
            output.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
