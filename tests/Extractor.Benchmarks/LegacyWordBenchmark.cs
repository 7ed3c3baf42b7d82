using System.Diagnostics;
using Extractor.Reading;

namespace Extractor.Benchmarks;

/// <summary>
/// What reading a Word 97-2003 file through LibreOffice costs: the first read of the process (a new
/// LibreOffice profile), the reads after it (a kept profile), against soffice alone converting on a new
/// profile each time and against reading the DOCX of the same document, in alternating rounds; then
/// documents per second with several conversions at once.
/// </summary>
internal sealed class LegacyWordBenchmark : IBenchmark
{
    private const int Rounds = 5;

    public string Name => "legacy-word";

    public string Description => "legacy-word [FILE.doc FILE.docx]: .doc reading through LibreOffice vs soffice alone and vs the DOCX (default: the xa-binh-trung sample)";

    public int Run(string[] arguments)
    {
        var root = RepositoryPaths.Root() ?? throw new InvalidOperationException("run inside the repository");
        var (doc, docx) = arguments.Length == 2
            ? (arguments[0], arguments[1])
            : (Path.Combine(root, "samples", "xa-binh-trung-6-thang-2023.doc"), Path.Combine(root, "samples", "xa-binh-trung-6-thang-2023.docx"));
        var work = Directory.CreateTempSubdirectory("legacy-word-benchmark-");
        try
        {
            var first = Time(() => ReportFile.Read(doc));
            Console.WriteLine($"{Path.GetFileName(doc)}: {Environment.ProcessorCount} CPUs; first read of the process (new profile): {first:N0} ms");

            var (kept, fresh, direct) = (new List<double>(), new List<double>(), new List<double>());
            for (var round = 0; round < Rounds; round++)
            {
                kept.Add(Time(() => ReportFile.Read(doc)));
                fresh.Add(Time(() => ConvertAlone(doc, Path.Combine(work.FullName, $"round-{round}"))));
                direct.Add(Time(() => ReportFile.Read(docx)));
            }

            Console.WriteLine($".doc read, kept profile:             {Median(kept),6:N0} ms (median of {Rounds})");
            Console.WriteLine($"soffice alone, new profile each:     {Median(fresh),6:N0} ms  ratio {Median(kept) / Median(fresh):N2}");
            Console.WriteLine($"the DOCX of the same document:       {Median(direct),6:N0} ms  .doc costs {Median(kept) / Median(direct):N0}x");

            foreach (var atOnce in new[] { 1, 2, 4 })
            {
                var copies = Enumerable.Range(0, atOnce * 2).Select(i => Path.Combine(work.FullName, $"at-once-{atOnce}-{i}.doc")).ToList();
                copies.ForEach(copy => File.Copy(doc, copy));
                var elapsed = Time(() => copies.AsParallel().WithDegreeOfParallelism(atOnce).ForAll(copy => ReportFile.Read(copy)));
                Console.WriteLine($"{atOnce} at once: {copies.Count * 1000 / elapsed:N2} documents/s");
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void ConvertAlone(string doc, string folder)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", $"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}", "--convert-to", "docx", "--outdir", folder, doc })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
