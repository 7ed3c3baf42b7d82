using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Extractor.Extraction;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Store;

namespace Extractor.Ingest;

/// <summary>
/// Reads and extracts files in parallel and stores them through one writer, one transaction per
/// report. A file whose content (SHA-256) is already stored, as a report's file or a twin, is skipped
/// before it is read; the store keeps a file of a document it holds as a twin of that report
/// (<see cref="SaveOutcome.Twin"/>); a file that is not a report is counted as such and not stored;
/// a file that cannot be read is recorded with its reason and the batch goes on.
/// </summary>
public sealed class IngestBatch(IReportStore store, IngestOptions options)
{
    /// <summary>How a file becomes a report; a test puts a failing reader here.</summary>
    internal Func<string, ReaderOptions?, Report> Read { get; init; } = ReportFile.Read;

    /// <summary>Ingests <paramref name="files"/> (see <see cref="InputFiles.Expand"/>), calling <paramref name="progress"/> after each one on the writer's thread.</summary>
    /// <remarks>Cancelling stops after the report being written; everything stored so far stays.</remarks>
    public IngestSummary Run(IReadOnlyList<string> files, Action<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var stored = store.StoredHashes();
        var workers = Math.Max(1, options.Parallelism ?? Environment.ProcessorCount);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var results = new BlockingCollection<FileResult>(boundedCapacity: workers * 2);
        var producer = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(
                    Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering),
                    new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stop.Token },
                    file => results.Add(Prepare(file, stored), stop.Token));
            }
            finally
            {
                results.CompleteAdding();
            }
        }, CancellationToken.None);

        var counts = new Counts();
        var failures = new List<IngestFailure>();
        var notReports = new List<IngestFailure>();
        var (reading, extraction, storage) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        try
        {
            foreach (var result in results.GetConsumingEnumerable(CancellationToken.None))
            {
                reading += result.Reading;
                extraction += result.Extraction;
                string outcome;
                if (result.Failure is { Reason: FailureReasons.NotAReport } notReport)
                {
                    notReports.Add(notReport);
                    outcome = notReport.Reason;
                }
                else if (result.Failure is { } failure)
                {
                    failures.Add(failure);
                    outcome = failure.Reason;
                }
                else if (result.Report is null)
                {
                    outcome = counts.Add(SaveOutcome.Unchanged);
                }
                else
                {
                    var writing = Stopwatch.StartNew();
                    outcome = counts.Add(store.Save(result.Report, options.Force));
                    storage += writing.Elapsed;
                }

                progress?.Invoke(new IngestProgress(
                    counts.Done + notReports.Count + failures.Count, files.Count, counts.Ingested, counts.Unchanged, counts.Replaced, counts.Twins,
                    notReports.Count, failures.Count, result.Path, outcome));
                if (cancellation.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            // On a storage error or a cancel, stop the readers and let them drain before leaving.
            stop.Cancel();
            while (!results.IsCompleted && results.TryTake(out _, Timeout.Infinite))
            {
            }

            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // The readers were told to stop.
            }
        }

        if (!cancellation.IsCancellationRequested)
        {
            var finishing = Stopwatch.StartNew();
            store.FinishBatch();
            storage += finishing.Elapsed;
        }

        return new IngestSummary(
            files.Count, counts.Ingested, counts.Unchanged, counts.Replaced, counts.Twins, notReports, failures,
            new StageTimes(reading, extraction, storage), clock.Elapsed);
    }

    private FileResult Prepare(string path, IReadOnlySet<string> stored)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var hash = Hash(path);
            if (stored.Contains(hash) && !options.Force)
            {
                return new FileResult(path, null, null, clock.Elapsed, TimeSpan.Zero);
            }

            var report = Read(path, options.Reader);
            var reading = clock.Elapsed;
            if (ReportSigns.Missing(report) is { } notReport)
            {
                return Failed(path, FailureReasons.NotAReport, notReport, reading);
            }

            var records = IndicatorExtraction.Extract(report);
            return new FileResult(path, new StoredReport(path, hash, report, records), null, reading, clock.Elapsed - reading);
        }
        catch (ReportReadException e)
        {
            return Failed(path, StableCode.Of(e.Failure), e.Message, clock.Elapsed);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Gone between listing and hashing, or named on the command line but missing: as the readers say it.
            return Failed(path, StableCode.Of(ReadFailure.NotFound), $"{Path.GetFileName(path)}: file not found", clock.Elapsed);
        }
        catch (IOException e)
        {
            return Failed(path, FailureReasons.IoError, $"{Path.GetFileName(path)}: {e.Message.ReplaceLineEndings(" ")}", clock.Elapsed);
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(path, FailureReasons.AccessDenied, $"{Path.GetFileName(path)}: {e.Message.ReplaceLineEndings(" ")}", clock.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader or extraction bug must not stop a batch of thousands: report it with the file.
            // The message stays one line; the stack goes to the failures log.
            return Failed(path, FailureReasons.InternalError, $"{Path.GetFileName(path)}: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}", clock.Elapsed,
                new FailureTrace(DateTimeOffset.UtcNow, e.ToString()));
        }
    }

    private static FileResult Failed(string path, string reason, string message, TimeSpan elapsed, FailureTrace? trace = null) =>
        new(path, null, new IngestFailure(path, reason, message) { Trace = trace }, elapsed, TimeSpan.Zero);

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <param name="Report">Null when the file was skipped as unchanged or failed.</param>
    private sealed record FileResult(string Path, StoredReport? Report, IngestFailure? Failure, TimeSpan Reading, TimeSpan Extraction);

    private sealed class Counts
    {
        public int Ingested { get; private set; }

        public int Unchanged { get; private set; }

        public int Replaced { get; private set; }

        public int Twins { get; private set; }

        public int Done => Ingested + Unchanged + Replaced + Twins;

        /// <summary>Counts the outcome and names it for the progress line.</summary>
        public string Add(SaveOutcome outcome)
        {
            switch (outcome)
            {
                case SaveOutcome.Ingested:
                    Ingested++;
                    return "ingested";
                case SaveOutcome.Unchanged:
                    Unchanged++;
                    return "unchanged";
                case SaveOutcome.Twin:
                    Twins++;
                    return "twin";
                default:
                    Replaced++;
                    return "replaced";
            }
        }
    }
}
