using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Extractor.Store;
using Extractor.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace Extractor.Benchmarks;

/// <summary>
/// The web page's JSON API under 1, 8 and 32 concurrent clients on a kept benchmark database: requests
/// per second and latency of /api/search and /api/series, beside the same queries called on the store
/// directly in the same process (the reference the page's overhead is a ratio to). Client and server share
/// the process and its cores, so the figures are what one machine serving itself does.
/// </summary>
internal sealed class WebBenchmark : IBenchmark
{
    public string Name => "web";

    public string Description =>
        "web [SIZE] [--clients 1,8,32] [--requests N]: /api/search and /api/series under concurrent clients on the database `store SIZE --keep` left (default 10000; N requests per client count, default 1000)";

    public int Run(string[] arguments)
    {
        var size = arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } given ? int.Parse(given, CultureInfo.InvariantCulture) : 10_000;
        var clientCounts = Option(arguments, "--clients")?.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() ?? [1, 8, 32];
        var requests = Option(arguments, "--requests") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1000;
        var database = Path.Combine(Path.GetTempPath(), $"extractor-store-benchmark-{size}", "reports.db");
        if (!File.Exists(database))
        {
            Console.Error.WriteLine($"no benchmark database of {size} reports: make it first with `store {size} --keep`");
            return 1;
        }

        var searches = StoreBenchmark.SearchQueries().ToList();
        var series = StoreBenchmark.SeriesQueries().ToList();
        // Four searches to one series, as a planner's session goes: search, open, then compare.
        var workload = searches.Select(q => ("search", SearchUrl(q)))
            .Concat(series.Select(q => ("series", SeriesUrl(q))))
            .ToList();
        var mix = Enumerable.Range(0, requests).Select(i => i % 5 == 4 ? workload[searches.Count + i / 5 % series.Count] : workload[i * 4 / 5 % searches.Count]).ToList();

        Console.WriteLine($"{Environment.ProcessorCount} CPUs; {size:N0} reports; {mix.Count} requests per client count ({mix.Count(m => m.Item1 == "search")} search, {mix.Count(m => m.Item1 == "series")} series); load average {StoreBenchmark.LoadAverage()}");
        Reference(database, searches, series);

        // First with no answers kept, every request a search or table read; then as served, where the
        // warm-up pass has read each of the 254 queries once and the measured ones repeat them.
        foreach (var answers in new[] { 0, new SiteOptions(database).AnswerMegabytes })
        {
            Console.WriteLine(answers == 0 ? "answers kept: none (every request reads the store)" : $"answers kept: up to {answers} MB (the measured requests repeat queries already read)");
            var site = Site.Build(new SiteOptions(database, Port: 0, AnswerMegabytes: answers));
            site.StartAsync().GetAwaiter().GetResult();
            try
            {
                Measure(Site.Address(site), clientCounts, workload, mix);
            }
            finally
            {
                site.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        return 0;
    }

    private static void Measure(string address, int[] clientCounts, List<(string Kind, string Url)> workload, List<(string Kind, string Url)> mix)
    {
        foreach (var clients in clientCounts)
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AutomaticDecompression = System.Net.DecompressionMethods.GZip }) { BaseAddress = new Uri(address) };
            // Warm: every query once, so each level measures the same warm server.
            Load(http, clients, workload);
            var cpu = StoreBenchmark.ProcessCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            var timings = Load(http, clients, mix);
            var elapsed = clock.Elapsed.TotalSeconds;
            cpu = StoreBenchmark.ProcessCpu.Milliseconds() - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{clients,2} clients: {mix.Count / elapsed,7:N1} requests/s, CPU {cpu / mix.Count:N2} ms per request (server and clients), load average {StoreBenchmark.LoadAverage()}"));
            foreach (var kind in new[] { "search", "series" })
            {
                Console.WriteLine($"   /api/{kind,-7} {StoreBenchmark.Percentiles(timings.Where(t => t.Kind == kind).Select(t => t.Milliseconds))}");
            }
        }
    }

    /// <summary>The same queries on the store itself, one at a time: what the page adds is read against this.</summary>
    private static void Reference(string database, List<SearchQuery> searches, List<SeriesQuery> series)
    {
        using var store = ReportStores.Open(database);
        searches.ForEach(q => store.Search(q));
        List<double> Timed<T>(IEnumerable<T> queries, Action<T> run) => [.. queries.Select(q =>
        {
            var clock = Stopwatch.StartNew();
            run(q);
            return clock.Elapsed.TotalMilliseconds;
        })];
        Console.WriteLine($"store, 1 caller: search {StoreBenchmark.Percentiles(Timed(searches, q => store.Search(q)))}");
        Console.WriteLine($"store, 1 caller: series {StoreBenchmark.Percentiles(Timed(series, q => store.SeriesRows(q)))}");
    }

    private sealed record Timing(string Kind, double Milliseconds);

    /// <summary>Runs <paramref name="work"/> on <paramref name="clients"/> clients at once, each taking the next request when its last one is answered.</summary>
    private static List<Timing> Load(HttpClient http, int clients, List<(string Kind, string Url)> work)
    {
        var next = -1;
        var timings = new ConcurrentBag<Timing>();
        var failures = 0;
        Task.WaitAll([.. Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < work.Count; i = Interlocked.Increment(ref next))
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(work[i].Url);
                await response.Content.ReadAsByteArrayAsync();
                timings.Add(new Timing(work[i].Kind, clock.Elapsed.TotalMilliseconds));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }))]);
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} requests failed");
        }

        return [.. timings];
    }

    private static string SearchUrl(SearchQuery query) => QueryHelpers.AddQueryString("/api/search", Parameters(query.Filter,
        ("q", query.Text), ("limit", query.Limit.ToString(CultureInfo.InvariantCulture))));

    private static string SeriesUrl(SeriesQuery query) => QueryHelpers.AddQueryString("/api/series", Parameters(query.Filter,
        ("category", query.Category), ("indicator", query.Indicator), ("by", query.ByPeriod ? null : "place,year")));

    private static IEnumerable<KeyValuePair<string, string?>> Parameters(ReportFilter filter, params (string Name, string? Value)[] own) =>
        own.Concat(
        [
            ("place", filter.Place), ("province", filter.Province), ("period", filter.Period), ("unit", filter.Unit),
            ("year", filter.Years?.ToString()),
        ]).Where(p => p.Item2 is not null).Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2));

    private static string? Option(string[] arguments, string name) =>
        Array.IndexOf(arguments, name) is var i and >= 0 && i + 1 < arguments.Length ? arguments[i + 1] : null;
}
