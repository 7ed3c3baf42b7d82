using System.Diagnostics;
using Extractor.Extraction;
using Extractor.Extraction.Indicators;

namespace Extractor.Benchmarks;

/// <summary>
/// Indicator extraction over every sample report: the reports are read once, then extraction
/// alone runs repeatedly, with the indicator linker and without it (the extraction before linking,
/// the reference the ratio is taken against), passes alternating so that the machine's load falls on both.
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
        var linker = IndicatorLinker.Embedded;
        var records = reports.Sum(r => IndicatorExtraction.Extract(r).Count);
        var linked = reports.Sum(r => IndicatorExtraction.Extract(r).Count(record => record.IndicatorCode is not null));
        reports.ForEach(r => IndicatorExtraction.Extract(r, null, linker: null));
        const int rounds = 20;
        var (with, without) = (new Stopwatch(), new Stopwatch());
        for (var i = 0; i < rounds; i++)
        {
            foreach (var (clock, passLinker) in new[] { (with, linker), (without, (IndicatorLinker?)null) })
            {
                clock.Start();
                foreach (var report in reports)
                {
                    IndicatorExtraction.Extract(report, null, passLinker);
                }

                clock.Stop();
            }
        }

        var perPass = with.Elapsed.TotalMilliseconds / rounds;
        var reference = without.Elapsed.TotalMilliseconds / rounds;
        Console.WriteLine($"{files.Count} sample reports, {records} records per pass, {linked} linked to an indicator; {Environment.ProcessorCount} CPUs");
        Console.WriteLine($"extraction of all samples: {perPass:F1} ms per pass with the indicator linker, {reference:F1} without ({perPass / reference:F2}x; mean of {rounds} passes each, alternating, after one warm-up)");
        Console.WriteLine($"reading all samples once (cold, DOCX + text + PDF): {read.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }
}
