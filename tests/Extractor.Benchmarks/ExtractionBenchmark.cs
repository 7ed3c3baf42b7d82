using System.Diagnostics;
using Extractor.Extraction;

namespace Extractor.Benchmarks;

/// <summary>
/// Indicator extraction over every sample report: the reports are read once, then extraction
/// alone runs repeatedly, and one full pass (read + extract) is timed for comparison.
/// </summary>
internal sealed class ExtractionBenchmark : IBenchmark
{
    public string Name => "extraction";

    public string Description => "indicator extraction time over all sample reports (DOCX, text, PDF)";

    public int Run(string[] arguments)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root() ?? throw new InvalidOperationException("run inside the repository"), "samples"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)
                || (f.EndsWith(".pdf", StringComparison.Ordinal) && !f.EndsWith(".scan.pdf", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

        var read = Stopwatch.StartNew();
        var reports = files.Select(f => ReportFile.Read(f)).ToList();
        read.Stop();

        // Warm up once (regex compilation, model load), then time extraction alone.
        var records = reports.Sum(r => IndicatorExtraction.Extract(r).Count);
        const int rounds = 20;
        var extract = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            foreach (var report in reports)
            {
                IndicatorExtraction.Extract(report);
            }
        }

        extract.Stop();
        var perPass = extract.Elapsed.TotalMilliseconds / rounds;
        Console.WriteLine($"{files.Count} sample reports, {records} records per pass; {Environment.ProcessorCount} CPUs");
        Console.WriteLine($"extraction of all samples: {perPass:F1} ms per pass (mean of {rounds} passes after one warm-up)");
        Console.WriteLine($"reading all samples once (cold, DOCX + text + PDF): {read.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }
}
