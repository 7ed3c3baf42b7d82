using Extractor.Model;
using Extractor.Reading;
using Extractor.Store;

namespace Extractor.Ingest;

/// <summary>A file that did not go in: its path, a reason code ("unsupported_format", "corrupt", ...) and a one-line message.</summary>
public sealed record IngestFailure(string File, string Reason, string Message)
{
    /// <summary>What went wrong inside, for an <see cref="FailureReasons.InternalError"/>; null for a file that is simply unreadable.</summary>
    public FailureTrace? Trace { get; init; }
}

/// <summary>When an unexpected exception happened and all it says: type, message, inner exceptions and stack (<see cref="Exception.ToString"/>).</summary>
public sealed record FailureTrace(DateTimeOffset Time, string Exception);

/// <summary>
/// The reason codes of the failures CSV. A file a reader refuses has its <see cref="ReadFailure"/> in snake case
/// ("needs_ocr", "unsupported_format"); the others are below. All are stable and explained in the README.
/// </summary>
public static class FailureReasons
{
    /// <summary>The file could not be read from disk (a lock, a device error).</summary>
    public const string IoError = "io_error";

    /// <summary>No permission to read the file.</summary>
    public const string AccessDenied = "access_denied";

    /// <summary>A fault of this program while reading or extracting the file; its stack is in the failures log.</summary>
    public const string InternalError = "internal_error";

    /// <summary>
    /// Read, but not a report (<see cref="ReportSigns"/>): not stored, listed with the failures, but not a failure of the
    /// batch (a folder of reports often holds a README or a table beside them).
    /// </summary>
    public const string NotAReport = "not_a_report";

    /// <summary>Every code the failures CSV can give.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<ReadFailure>().Select(StableCode.Of), IoError, AccessDenied, InternalError, NotAReport];
}

/// <summary>Time spent in each stage, summed over all workers: reading (hashing included), extraction, storage.</summary>
public sealed record StageTimes(TimeSpan Reading, TimeSpan Extraction, TimeSpan Storage)
{
    public TimeSpan Total => Reading + Extraction + Storage;
}

/// <summary>Where a batch stands after each file: counts so far, the file just done and what became of it.</summary>
/// <param name="Twins">Files stored as another file of a report already stored.</param>
/// <param name="NotReports">Files read that are not reports, not stored.</param>
/// <param name="Outcome">"ingested", "unchanged", "replaced", "twin", "not_a_report", or the failure's reason code.</param>
public sealed record IngestProgress(
    int Done, int Total, int Ingested, int Unchanged, int Replaced, int Twins, int NotReports, int Failed, string CurrentFile, string Outcome);

/// <summary>What a batch did: counts by outcome, failures by reason, where the time went.</summary>
/// <param name="Twins">Files stored as another file of a report already stored (<see cref="SaveOutcome.Twin"/>).</param>
/// <param name="NotReports">Files read that are not reports, each with its one-line reason (<see cref="FailureReasons.NotAReport"/>); not failures.</param>
public sealed record IngestSummary(
    int Total,
    int Ingested,
    int Unchanged,
    int Replaced,
    int Twins,
    IReadOnlyList<IngestFailure> NotReports,
    IReadOnlyList<IngestFailure> Failures,
    StageTimes Stages,
    TimeSpan Elapsed)
{
    public IReadOnlyDictionary<string, int> FailuresByReason =>
        Failures.GroupBy(f => f.Reason).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}

/// <param name="Force">Store files again even when their content is already stored.</param>
/// <param name="Parallelism">Files read and extracted at once; the processor count by default.</param>
/// <param name="Reader">How files are read (limits, OCR, LibreOffice); <see cref="ReaderOptions.Default"/> when null.</param>
public sealed record IngestOptions(bool Force = false, int? Parallelism = null, ReaderOptions? Reader = null);
