using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Extractor.Ingest;
using Extractor.Store;

namespace Extractor.Benchmarks;

/// <summary>
/// Ingest rate and where its time goes, database and search index size, search and series
/// latency and the time to rebuild the search index over a generated corpus (<see cref="ReportCorpus"/>) of each size asked for.
/// </summary>
internal sealed class StoreBenchmark : IBenchmark
{
    private const int Queries = 200;

    /// <summary>Larger corpora are stored without reading or extraction (100,000 reports read would take hours on two cores).</summary>
    private const int StraightPast = 10_000;

    public string Name => "store";

    public string Description =>
        "store [SIZE...] [--keep] [--reuse] [--straight] [--from SIZE] [--no-reindex] [--ingest-only]: ingest, database size, search and series latency over generated corpora (default 1000 10000); "
        + "--keep leaves the corpus and database in the temp folder, --reuse measures queries (not the reindex) on a kept database again, "
        + "--straight (the default past 10,000 reports) stores the reports without reading or extraction, "
        + "--from SIZE starts from the kept database of that size (its reports are the corpus's first) and stores the rest straight, measuring queries but not the reindex; "
        + "--no-reindex leaves the index as ingest left it (to measure it again with --reuse in a new process); "
        + "--ingest-only measures the ingest and sizes alone (no queries, no stores over themselves)";

    public int Run(string[] arguments)
    {
        var root = RepositoryPaths.Root();
        if (root is null)
        {
            Console.Error.WriteLine("run from inside the repository: the corpus is made from samples/text");
            return 1;
        }

        var keep = arguments.Contains("--keep");
        var reuse = arguments.Contains("--reuse");
        var straight = arguments.Contains("--straight");
        var noReindex = arguments.Contains("--no-reindex");
        var ingestOnly = arguments.Contains("--ingest-only");
        var from = arguments.SkipWhile(a => a != "--from").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault();
        var numbers = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || arguments[i - 1] != "--from")).ToList();
        var sizes = numbers.Count > 0 ? numbers.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1000, 10000];
        Console.WriteLine($"{Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        foreach (var size in sizes)
        {
            var work = Kept(size);
            var database = Path.Combine(work, "reports.db");
            Console.WriteLine();
            Console.WriteLine($"== {size:N0} reports ==  (load average {LoadAverage()})");
            if (reuse && File.Exists(database))
            {
                MeasureQueries(database, reindex: false);
                MeasureReplace(database, Path.Combine(work, "corpus"), root);
                continue;
            }

            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            try
            {
                if (from > 0)
                {
                    CopyKept(from, work);
                    MeasureStraightIngest(size, work, database, root, first: from);
                }
                else if (straight || size > StraightPast)
                {
                    MeasureStraightIngest(size, work, database, root, first: 0);
                }
                else
                {
                    MeasureIngest(size, work, database, root);
                }

                if (ingestOnly)
                {
                    continue;
                }

                // Growing a kept database: the reindex of the whole would take as long again as the growth.
                MeasureQueries(database, reindex: from == 0 && !noReindex);
                MeasureReplace(database, Path.Combine(work, "corpus"), root);
            }
            finally
            {
                if (!keep)
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        return 0;
    }

    private static void MeasureIngest(int size, string work, string database, string root)
    {
        var corpus = Path.Combine(work, "corpus");
        var clock = Stopwatch.StartNew();
        ReportCorpus.Write(corpus, size, root);
        var bytes = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"corpus: {bytes / 1e6:N0} MB of text written in {clock.Elapsed.TotalSeconds:N1} s");

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (allocated, collections, paused) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.GetTotalPauseDuration());
        IngestSummary summary;
        using (var store = ReportStores.Open(database, create: true))
        {
            summary = new IngestBatch(store, new IngestOptions()).Run(InputFiles.Expand([corpus]));
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        (allocated, collections, paused) = (GC.GetTotalAllocatedBytes() - allocated, GC.CollectionCount(0) - collections, GC.GetTotalPauseDuration() - paused);
        var stages = summary.Stages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {summary.Ingested:N0} reports in {summary.Elapsed.TotalSeconds:N1} s = {summary.Ingested / summary.Elapsed.TotalSeconds:N1} reports/s ({summary.Failures.Count} failed)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  time share (summed over threads): reading {Share(stages.Reading, stages.Total)}, extraction {Share(stages.Extraction, stages.Total)}, storage {Share(stages.Storage, stages.Total)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  storage alone (one writer): {summary.Ingested / stages.Storage.TotalSeconds:N1} reports/s; process CPU {cpu.TotalSeconds:N1} s = {cpu.TotalMilliseconds / Math.Max(1, summary.Ingested):N1} ms per report"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  allocated {allocated / 1e6 / Math.Max(1, summary.Ingested):N1} MB per report, {collections:N0} collections, paused {paused.TotalMilliseconds / Math.Max(1, summary.Ingested):N1} ms per report"));
        ReportSizes(database, summary.Ingested);
    }

    /// <summary>Where the corpus and database of a size are made (and left, with --keep).</summary>
    private static string Kept(int size) => Path.Combine(Path.GetTempPath(), $"extractor-store-benchmark-{size}");

    /// <summary>
    /// The corpus's first reports stored again over themselves, as <c>ingest --force</c> does: each a delete of the
    /// report (its sections, paragraphs, records...) and a write, at the archive's size. The end of the batch is not timed.
    /// </summary>
    private static void MeasureReplace(string database, string corpus, string root)
    {
        const int Replaced = 20;
        using var store = ReportStores.Open(database);
        // A grown database keeps its first reports under the folder of the size it was grown from: found by their names.
        var stored = store.Reports().Select(r => r.Path).ToList();
        var again = ReportCorpus.Stored(corpus, Replaced, root)
            .Select(r => r with { Path = stored.FirstOrDefault(p => p.EndsWith(Path.GetRelativePath(corpus, r.Path), StringComparison.Ordinal)) ?? r.Path })
            .ToList();
        var cpu = ProcessCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        var outcomes = again.Select(r => store.Save(r, replace: true)).ToList();
        var wall = clock.Elapsed.TotalMilliseconds;
        cpu = ProcessCpu.Milliseconds() - cpu;
        store.FinishBatch();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored again over themselves: {outcomes.Count(o => o == SaveOutcome.Replaced)} of {Replaced} reports replaced, {wall / Replaced:N1} ms per report (CPU {cpu / Replaced:N1} ms)"));
    }

    /// <summary>The database and index <c>store SIZE --keep</c> left, copied to be grown.</summary>
    private static void CopyKept(int size, string work)
    {
        var kept = Kept(size);
        foreach (var file in Directory.EnumerateFiles(kept, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(work, Path.GetRelativePath(kept, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>
    /// The corpus's reports from <paramref name="first"/> on, stored one after another as they come, with no reading or
    /// extraction: storage's own rate and CPU.
    /// </summary>
    private static void MeasureStraightIngest(int size, string work, string database, string root, int first)
    {
        Directory.CreateDirectory(work);
        var cpu = ProcessCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        var stored = 0;
        using (var store = ReportStores.Open(database, create: first == 0))
        {
            foreach (var report in ReportCorpus.Stored(Path.Combine(work, "corpus"), size, root, first))
            {
                if (store.Save(report, replace: false) == SaveOutcome.Ingested && ++stored % 10_000 == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stored:N0} stored, {clock.Elapsed.TotalSeconds:N0} s"));
                }
            }

            store.FinishBatch();
        }

        cpu = ProcessCpu.Milliseconds() - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored straight (no reading, no extraction): {stored:N0} of {size - first:N0} reports in {clock.Elapsed.TotalSeconds:N1} s = {stored / clock.Elapsed.TotalSeconds:N1} reports/s; process CPU {cpu / Math.Max(1, stored):N1} ms per report"));
        ReportSizes(database, first + stored);
    }

    private static void ReportSizes(string database, int reports)
    {
        var index = Directory.EnumerateFiles(Path.ChangeExtension(database, ".lucene")).ToList();
        var bytes = index.Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"database: {new FileInfo(database).Length / 1e6:N0} MB; search index: {bytes / 1e6:N1} MB = {bytes / 1e3 / Math.Max(1, reports):N1} MB per 1,000 reports"));
        // Where the index's bytes go, by kind of file (postings, positions, terms, norms, doc values).
        var kinds = index.GroupBy(f => Path.GetExtension(f)).Select(g => (Kind: g.Key, Bytes: g.Sum(f => new FileInfo(f).Length))).OrderByDescending(k => k.Bytes);
        Console.WriteLine("  " + string.Join(", ", kinds.Where(k => k.Bytes > bytes / 100).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Kind} {k.Bytes / 1e6:N1} MB"))));
    }

    private static void MeasureQueries(string database, bool reindex)
    {
        // Opening replays what a killed ingest left unindexed, and rebuilds an index laid out by an older version.
        var opening = Stopwatch.StartNew();
        using var reader = ReportStores.Open(database, notice: message => Console.WriteLine($"  {message}"));
        // A search reads every segment's terms and filters: as ingest leaves the index it has more, smaller ones than rebuilt.
        var segments = Directory.EnumerateFiles(Path.ChangeExtension(database, ".lucene"), "*.si").Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"opened in {opening.Elapsed.TotalSeconds:N1} s; index of {segments} segments"));
        var records = reader.Records(ReportFilter.None).Count();
        Console.WriteLine($"records stored: {records:N0}");

        var searches = SearchQueries().ToList();
        // The first pass after start runs much of Lucene's code before the JIT has optimised it (at 1,000 reports p95 34 ms
        // where the third pass took 7-9): two more passes before measuring, as a server would be after its first minutes.
        Report("search, first pass", Latencies(searches, q => reader.Search(q)));
        for (var pass = 0; pass < 2; pass++)
        {
            searches.ForEach(q => reader.Search(q));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (allocated, collections) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
        searches = [.. searches.Where(q => q.Filter == ReportFilter.None), .. searches.Where(q => q.Filter != ReportFilter.None)];
        var plain = Latencies(searches.Where(q => q.Filter == ReportFilter.None), q => reader.Search(q));
        var filtered = Latencies(searches.Where(q => q.Filter != ReportFilter.None), q => reader.Search(q));
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        (allocated, collections) = (GC.GetTotalAllocatedBytes() - allocated, GC.CollectionCount(0) - collections);
        Console.WriteLine($"queries run at load average {LoadAverage()}; wall-clock latencies include waiting for a CPU, CPU time (the process's, every thread a search runs on) does not");
        Report("search, no filter", plain);
        Report("search, filtered", filtered);
        Report("search, all 200", [.. plain, .. filtered]);
        Console.WriteLine($"search CPU: {cpu.TotalMilliseconds / searches.Count:N2} ms per query on average (process); allocated {allocated / 1e6 / searches.Count:N2} MB per query, {collections} collections in all");
        var newest = searches.Select(q => reader.Search(q).Newest).OfType<NewestOnly>().ToList();
        Console.WriteLine(newest.Count == 0
            ? $"every search ranked all the reports it kept"
            : $"searches ranked among the newest reports only (past {PassageSearch.RankedMatches:N0} matching passages): {newest.Count} of {searches.Count}, ranking {newest.Min(n => n.Ranked):N0}-{newest.Max(n => n.Ranked):N0} reports");

        // The planner's table (terminal and --json) reads the light rows; whole records are measured for --out.
        var series = SeriesQueries().ToList();
        var rows = series.Select(q => reader.SeriesRows(q).Count).ToList();
        var seriesLatencies = Latencies(series, q => reader.SeriesRows(q));
        Report("series (table rows)", seriesLatencies);
        Report("series (--out records)", Latencies(series, q => reader.Series(q)));
        Console.WriteLine($"series rows: {rows.Sum() / rows.Count:N0} on average, {rows.Max():N0} at most; load average {LoadAverage()}");
        // How latency grows with the size of the table: reading rows, not finding them, is the cost of the largest.
        foreach (var (least, most) in new[] { (0, 9_999), (10_000, 29_999), (30_000, int.MaxValue) })
        {
            var sized = rows.Zip(seriesLatencies).Where(r => r.First >= least && r.First <= most).Select(r => r.Second).ToList();
            if (sized.Count > 0)
            {
                Report(most == int.MaxValue ? $"  {least:N0}+ rows" : $"  {least:N0}-{most:N0} rows", sized);
            }
        }

        List<Timing> timings = [.. plain, .. filtered];
        var prefixes = searches.Zip(timings).Where(q => q.First.Text.Contains('*', StringComparison.Ordinal)).Select(q => q.Second).ToList();
        Report("search, prefix*", prefixes);
        Slowest("searches", searches, timings);
        Slowest("series", series, seriesLatencies);

        if (reindex)
        {
            var clock = Stopwatch.StartNew();
            var reindexed = reader.Reindex();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reindex: {reindexed:N0} reports in {clock.Elapsed.TotalSeconds:N1} s"));
        }
    }

    /// <summary>The queries taking the most CPU time, to see what the tail is made of.</summary>
    private static void Slowest<T>(string what, List<T> queries, List<Timing> timings)
    {
        Console.WriteLine($"slowest {what} (CPU, wall):");
        foreach (var (query, t) in queries.Zip(timings).OrderByDescending(q => q.Second.Cpu).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Cpu,7:N2} ms {t.Wall,7:N2} ms  {query}"));
        }
    }

    /// <summary>The machine's 1-minute load: latencies on a shared machine mean little without it.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Share(TimeSpan part, TimeSpan total) => total > TimeSpan.Zero ? $"{part / total:P0}" : "-";

    /// <summary>One query's wall-clock and CPU time, in milliseconds.</summary>
    private sealed record Timing(double Wall, double Cpu);

    private static List<Timing> Latencies<T>(IEnumerable<T> queries, Action<T> run) => [.. queries.Select(q =>
    {
        var cpu = ProcessCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        run(q);
        return new Timing(clock.Elapsed.TotalMilliseconds, ProcessCpu.Milliseconds() - cpu);
    })];

    private static void Report(string what, List<Timing> timings)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-22} n={timings.Count,3}  wall {Percentiles(timings.Select(t => t.Wall))}   CPU {Percentiles(timings.Select(t => t.Cpu))}"));
    }

    internal static string Percentiles(IEnumerable<double> values)
    {
        List<double> ms = [.. values.Order()];
        double At(double p) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50),7:N2} p95 {At(0.95),7:N2} p99 {At(0.99),7:N2} max {ms[^1],7:N2} ms");
    }

    /// <summary>
    /// CPU time of the process, from clock_gettime(CLOCK_PROCESS_CPUTIME_ID) on Linux
    /// (nanoseconds; a search reads the index's segments on several threads); elsewhere from
    /// <see cref="Process.TotalProcessorTime"/>. Both count the runtime's own threads too.
    /// </summary>
    internal static class ProcessCpu
    {
        private const int ProcessClock = 2;

        public static double Milliseconds() =>
            OperatingSystem.IsLinux() && ClockGetTime(ProcessClock, out var time) == 0
                ? time.Seconds * 1e3 + time.Nanoseconds / 1e6
                : Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        /// <summary>struct timespec (64-bit).</summary>
        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>200 fixed searches: half plain, half with place, province, year or period filters; words with and without diacritics, phrases, prefixes, OR, NOT.</summary>
    internal static IEnumerable<SearchQuery> SearchQueries()
    {
        string[] texts =
        [
            "thu ngân sách", "thu ngan sach", "\"dự toán\"", "lúa đông xuân", "dien tich lua", "trồng rừng", "trong rung", "chăn nuôi",
            "dịch tả lợn", "nông thôn mới", "nong thon moi", "OCOP", "giải ngân", "giai ngan", "\"vốn đầu tư công\"", "xây dựng",
            "hộ nghèo", "ho ngheo", "bảo hiểm y tế", "tiêm chủng", "học sinh", "hoc sinh", "trường học", "an ninh trật tự",
            "quốc phòng", "tuyển quân", "cải cách hành chính", "chuyển đổi số", "đất đai", "giải phóng mặt bằng", "môi trường", "rác thải",
            "khiếu nại tố cáo", "tiếp công dân", "thủy lợi", "thuỷ lợi", "kênh mương", "đường giao thông", "bê tông", "điện",
            "lua*", "trồng*", "(ngô OR sắn) NOT lúa", "lợn OR trâu OR bò", "\"kế hoạch\" NOT năm", "văn hóa", "văn hoá", "du lịch", "việc làm", "lao động",
        ];
        var filters = new List<ReportFilter>();
        for (var i = 0; i < texts.Length; i++)
        {
            filters.Add((i % 4) switch
            {
                0 => new ReportFilter { Place = ReportCorpus.PlaceNames[i * 7 % ReportCorpus.PlaceNames.Count] },
                1 => new ReportFilter { Years = new YearRange(2021, 2023) },
                2 => new ReportFilter { Province = ReportCorpus.Provinces[i % ReportCorpus.Provinces.Length], Years = new YearRange(2024, 2024) },
                _ => new ReportFilter { Period = "6 tháng", Place = ReportCorpus.PlaceNames[i * 13 % ReportCorpus.PlaceNames.Count] },
            });
        }

        // 50 texts x (plain, plain with limit 50, two filters) = 200.
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            yield return new SearchQuery(text, ReportFilter.None);
            yield return new SearchQuery(text, ReportFilter.None, Limit: 50);
            yield return new SearchQuery(text, filters[i]);
            yield return new SearchQuery(text, filters[(i + 1) % filters.Count]);
        }
    }

    /// <summary>Series by category (each code in models/categories.tsv, with and without filters) and by indicator text.</summary>
    internal static IEnumerable<SeriesQuery> SeriesQueries()
    {
        string[] categories = ["other", "crop_area", "crop_output", "livestock", "forest_planting", "budget_revenue", "budget_spending", "rural_roads", "education", "health", "poverty"];
        string[] indicators = ["diện tích lúa", "thu ngân sách", "trồng rừng", "tổng đàn", "hộ nghèo"];
        foreach (var category in categories)
        {
            yield return new SeriesQuery(category, null, ReportFilter.None);
            yield return new SeriesQuery(category, null, ReportFilter.None, ByPeriod: false);
            yield return new SeriesQuery(category, null, new ReportFilter { Place = ReportCorpus.PlaceNames[category.Length * 11] });
            yield return new SeriesQuery(category, null, new ReportFilter { Years = new YearRange(2021, 2024), Unit = "ha" });
        }

        foreach (var indicator in indicators)
        {
            yield return new SeriesQuery(null, indicator, ReportFilter.None);
            yield return new SeriesQuery(null, indicator, new ReportFilter { Province = ReportCorpus.Provinces[indicator.Length % ReportCorpus.Provinces.Length] });
        }
    }
}
