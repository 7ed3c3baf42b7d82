using System.CommandLine;
using System.Globalization;
using Extractor.Ingest;
using Extractor.Reading;
using Extractor.Store;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor ingest PATH... --db FILE [--force] [--jobs N]</c>: files and folders into the store,
/// with a progress bar (plain lines when output is not a terminal), a summary table and the
/// failures in <c>&lt;db&gt;.failures.csv</c>
/// (internal errors' stacks in <c>&lt;db&gt;.failures.log</c>). Exit code 2 when some files could not be read.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = $"Report files and folders (searched recursively for {string.Join(" ", FormatReaders.Extensions)}).", Arity = ArgumentArity.OneOrMore };
        var database = new Option<FileInfo>("--db") { Description = "The SQLite database file; created when missing.", Required = true };
        var force = new Option<bool>("--force") { Description = "Store files again even when their content is already stored." };
        var jobs = new Option<int?>("--jobs") { Description = "Files read at once (default: the number of processors)." };
        var noOcr = ReaderChoices.NoOcrOption();
        var command = new Command("ingest", "Read, extract and store reports; re-running skips what is already stored.") { paths, database, force, jobs, noOcr };
        command.SetAction(parse => StoreErrors.Run(() =>
        {
            var db = parse.GetValue(database)!.FullName;
            var files = InputFiles.Expand(parse.GetValue(paths)!);
            using var store = ReportStores.Open(db, create: true, StoreErrors.Notice);
            var batch = new IngestBatch(store, new IngestOptions(parse.GetValue(force), parse.GetValue(jobs), ReaderChoices.Options(parse.GetValue(noOcr))));
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                // Finish the report being written, then stop: a later run picks up the rest.
                e.Cancel = true;
                cancel.Cancel();
            };

            var summary = Interactive() ? WithProgressBar(batch, files, cancel.Token) : WithLines(batch, files, cancel.Token);
            var failures = FailureReport.PathFor(db);
            FailureReport.Write(failures, summary.Failures.Concat(summary.NotReports));
            var log = FailureReport.LogPathFor(db);
            FailureReport.WriteLog(log, summary.Failures);
            Render(summary, failures, log);
            return summary.Failures.Count == 0 ? CommandErrors.Ok : CommandErrors.Unreadable;
        }));
        return command;
    }

    private static bool Interactive() => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static IngestSummary WithProgressBar(IngestBatch batch, IReadOnlyList<string> files, CancellationToken cancel) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 16 }, new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(1, files.Count));
                return batch.Run(files, p =>
                {
                    task.Value = p.Done;
                    task.Description = Markup.Escape(
                        $"{p.Done}/{p.Total} new {p.Ingested} same {p.Unchanged} repl {p.Replaced} twin {p.Twins} not {p.NotReports} fail {p.Failed} {Shorten(Path.GetFileName(p.CurrentFile), 20)}");
                }, cancel);
            });

    private static IngestSummary WithLines(IngestBatch batch, IReadOnlyList<string> files, CancellationToken cancel)
    {
        var width = files.Count.ToString(CultureInfo.InvariantCulture).Length;
        return batch.Run(files, p =>
            Console.WriteLine($"[{p.Done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{p.Total}] {p.Outcome,-12} {p.CurrentFile}"), cancel);
    }

    private static void Render(IngestSummary summary, string failuresFile, string logFile)
    {
        var table = new Table().AddColumn("outcome").AddColumn(new TableColumn("files").RightAligned()).Border(TableBorder.Simple);
        void Row(string name, int count) => table.AddRow(Markup.Escape(name), count.ToString(CultureInfo.InvariantCulture));
        Row("ingested", summary.Ingested);
        Row("unchanged", summary.Unchanged);
        Row("replaced", summary.Replaced);
        Row("twin of a stored report", summary.Twins);
        Row("not a report", summary.NotReports.Count);
        foreach (var (reason, count) in summary.FailuresByReason)
        {
            Row($"failed: {reason}", count);
        }

        Row("total", summary.Total);
        AnsiConsole.Write(table);
        var seconds = summary.Elapsed.TotalSeconds;
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{seconds:0.0} s, {(seconds > 0 ? summary.Total / seconds : 0):0.0} files/s"));
        if (summary.Failures.Count + summary.NotReports.Count > 0)
        {
            AnsiConsole.WriteLine($"failures and files that are not reports: {failuresFile}");
        }

        if (summary.Failures.Any(f => f.Trace is not null))
        {
            AnsiConsole.WriteLine($"internal errors with their stack: {logFile}");
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
