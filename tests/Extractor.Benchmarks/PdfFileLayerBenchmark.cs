using System.Diagnostics;
using System.Runtime.InteropServices;
using Extractor.Pdf;

namespace Extractor.Benchmarks;

/// <summary>
/// Pages per second for opening PDFs and decoding every page's content streams with our file layer, against
/// pdftotext's full text extraction of the same files (process start included: that is how pdftotext gets used).
/// </summary>
internal sealed class PdfFileLayerBenchmark : IBenchmark
{
    private static readonly TimeSpan MinimumRun = TimeSpan.FromSeconds(3);

    public string Name => "pdf-file-layer";

    public string Description => "pdf-file-layer [PDF or folder...]: our open + content decoding vs pdftotext, pages/s (default: ../shared/realworld)";

    public int Run(string[] arguments)
    {
        var files = PdfFiles(arguments);
        if (files.Count == 0)
        {
            Console.Error.WriteLine("no PDFs found; pass files or folders, or provide ../shared/realworld next to the repository");
            return 1;
        }

        var pagesPerRound = files.Sum(file => PdfDocument.Open(file).PageCount);
        Console.WriteLine($"{files.Count} PDFs, {pagesPerRound} pages per round; {Environment.ProcessorCount} CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

        var havePdftotext = PdftotextAvailable();
        var rates = Measure(files, pagesPerRound, havePdftotext ? [OpenAndDecode, RunPdftotext] : [OpenAndDecode]);
        Console.WriteLine($"file layer (open + decode all content streams): {rates[0]:N0} pages/s");
        if (!havePdftotext)
        {
            Console.WriteLine("pdftotext not found (apt: poppler-utils); no comparison");
            return 0;
        }

        Console.WriteLine($"pdftotext (full text extraction):              {rates[1]:N0} pages/s");
        Console.WriteLine($"ratio: {rates[0] / rates[1]:N1}x (goal >= 2x)");
        return 0;
    }

    private static void OpenAndDecode(string file)
    {
        var document = PdfDocument.Open(file);
        foreach (var page in document.Pages)
        {
            page.GetContentBytes();
        }
    }

    internal static void RunPdftotext(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-q", file, "-"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        process.WaitForExit();
    }

    /// <summary>
    /// Pages per second of each contender over whole rounds of all files, after one warm-up round. Rounds alternate
    /// between contenders so that a busy machine slows them alike.
    /// </summary>
    internal static double[] Measure(IReadOnlyList<string> files, int pagesPerRound, Action<string>[] contenders)
    {
        var elapsed = new TimeSpan[contenders.Length];
        var rounds = 0;
        for (var warmUp = true; warmUp || elapsed.Min() < MinimumRun; warmUp = false)
        {
            for (var i = 0; i < contenders.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var file in files)
                {
                    contenders[i](file);
                }

                elapsed[i] += warmUp ? TimeSpan.Zero : clock.Elapsed;
            }

            rounds += warmUp ? 0 : 1;
        }

        return elapsed.Select(time => rounds * pagesPerRound / time.TotalSeconds).ToArray();
    }

    /// <summary>One contender's line: its rate, and its ratio to pdftotext's measured in the same run where there is one.</summary>
    internal static void Report(string contender, double pagesPerSecond, double? pdftotext) =>
        Console.WriteLine($"{contender + ":",-62} {pagesPerSecond,7:N0} pages/s" + (pdftotext is { } rate ? $"  {pagesPerSecond / rate,5:N2}x pdftotext" : ""));

    internal static bool PdftotextAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));

    private static List<string> PdfFiles(string[] arguments)
    {
        var roots = arguments.Length > 0
            ? arguments
            : RepositoryPaths.Root() is { } root ? [Path.Combine(root, "..", "shared", "realworld")] : [];
        return roots
            .SelectMany<string, string>(path => Directory.Exists(path) ? Directory.GetFiles(path, "*.pdf").Order(StringComparer.Ordinal) : File.Exists(path) ? [path] : [])
            .ToList();
    }
}
