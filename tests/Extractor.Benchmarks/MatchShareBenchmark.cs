using System.Globalization;
using Extractor.Ingest;
using Extractor.Store;

namespace Extractor.Benchmarks;

/// <summary>
/// How much the generated corpus's repetition inflates what the store benchmark's searches
/// match: the share of an archive's reports each of its 50 query texts matches, in an archive of
/// varied reports (the composed reports of many provinces, the search-quality reports and the
/// text samples) against a kept generated database (three samples copied with other places and numbers).
/// </summary>
internal sealed class MatchShareBenchmark : IBenchmark
{
    public string Name => "match-share";

    public string Description =>
        "match-share [DATABASE]: the share of reports the store benchmark's query texts match in varied reports, and in a kept generated database";

    public int Run(string[] arguments)
    {
        if (RepositoryPaths.Root() is not { } root)
        {
            Console.Error.WriteLine("run from inside the repository: the varied reports are its composed and test reports");
            return 1;
        }

        var files = new[] { Path.Combine(root, "models", "corpus"), Path.Combine(root, "tests", "Extractor.Tests", "Store", "SearchQuality"), Path.Combine(root, "samples", "text") }
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var work = Path.Combine(Path.GetTempPath(), "extractor-match-share");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        try
        {
            var varied = Path.Combine(work, "varied.db");
            using (var store = ReportStores.Open(varied, create: true))
            {
                var summary = new IngestBatch(store, new IngestOptions()).Run(files);
                Console.WriteLine($"varied reports: {summary.Ingested} stored of {files.Count} files");
            }

            var shares = Shares(varied);
            Report("varied reports", shares);
            if (arguments.Length > 0)
            {
                var generated = Shares(arguments[0]);
                Report("generated", generated);
                var ratios = shares.Zip(generated).Where(s => s.First > 0).Select(s => s.Second / s.First).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"generated / varied, per query text matching something in both: median {ratios[ratios.Count / 2]:N1}x ({ratios.Count} texts)"));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// For each query text (no filter), the share of the archive's reports it matches; of the
    /// newest reports it read when it matched too much to rank the whole archive (the generated
    /// corpus draws its years at random, so they stand for the rest).
    /// </summary>
    private static List<double> Shares(string database)
    {
        using var store = ReportStores.Open(database);
        var archive = store.Archive().Reports;
        return [.. StoreBenchmark.SearchQueries()
            .Where(q => q.Filter == ReportFilter.None && q.Limit == 20)
            .Select(q => store.Search(q) is var results && results.Newest is { } newest
                ? (double)results.Reports / newest.Ranked
                : (double)results.Reports / archive)];
    }

    private static void Report(string what, List<double> shares)
    {
        var sorted = shares.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-16} share of reports matched per query text: median {sorted[sorted.Count / 2]:P0}, mean {shares.Average():P0}, over half the archive: {shares.Count(s => s > 0.5)} of {shares.Count} texts"));
    }
}
