using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Extractor.Reading;
using Extractor.Reading.Ocr;
using Extractor.Tests.Fuzzing;

namespace Extractor.Benchmarks;

/// <summary>
/// Seeded mutations of the samples and real files through every reader, counted by outcome (read, clean one-line
/// error, crash) with the slowest file; then, each in a child process, the peak working set and time of reading a
/// PDF with no cross-reference section whose content streams are inflate bombs, beside a sample PDF.
/// </summary>
internal sealed class FuzzBenchmark : IBenchmark
{
    private const string ChildFlag = "--read-one";
    private const int Seed = 15;

    // Each .doc case starts LibreOffice (about 2 s): the .doc path gets a fixed few beside the N cases.
    private const int DocCases = 20;

    private static readonly ReaderOptions NoOcr = ReaderOptions.Default with { Ocr = OcrOptions.Disabled };

    public string Name => "fuzz";

    public string Description =>
        "fuzz [N] [file or folder...]: N seeded mutations (default 10,000) of DOCX, PDF and text, plus 20 of .doc; read, clean errors, crashes, slowest; peak memory and time of a hostile PDF (default: samples/ and ../shared/realworld)";

    public int Run(string[] arguments)
    {
        if (arguments.Length == 2 && arguments[0] == ChildFlag)
        {
            return ReadOne(arguments[1]);
        }

        var cases = arguments.Length > 0 && int.TryParse(arguments[0], out var n) ? n : 10_000;
        var originals = Originals(arguments.SkipWhile(a => int.TryParse(a, out _)).ToArray());
        var documents = originals.Where(f => Path.GetExtension(f) != ".doc").ToList();
        var legacy = originals.Where(f => Path.GetExtension(f) == ".doc").ToList();
        if (documents.Count == 0)
        {
            Console.Error.WriteLine("no files to mutate; pass files or folders");
            return 1;
        }

        Console.WriteLine($"{originals.Count} originals ({legacy.Count} .doc), seed {Seed}, OCR off; {Environment.ProcessorCount} CPUs");
        var folder = Path.Combine(Path.GetTempPath(), $"extractor-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            Print("DOCX, PDF and text", Mutate(documents, cases, folder, Environment.ProcessorCount));
            if (legacy.Count > 0)
            {
                // One at a time: conversions started together wait on each other, and each file's time would include the wait.
                Print(".doc through LibreOffice", Mutate(legacy, DocCases, folder, parallelism: 1));
            }

            MeasureHostilePdf(folder, documents.FirstOrDefault(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static List<FuzzResult> Mutate(List<string> originals, int cases, string folder, int parallelism)
    {
        var clock = Stopwatch.StartNew();
        var results = Mutations.Run(originals, Seed, cases, folder, NoOcr, parallelism);
        Console.WriteLine($"{cases:N0} cases in {clock.Elapsed.TotalSeconds:N1} s");
        return results;
    }

    private static void Print(string what, List<FuzzResult> results)
    {
        var slowest = results.MaxBy(r => r.Elapsed)!;
        Console.WriteLine($"{what}: {results.Count(r => r.Outcome == FuzzOutcome.Read):N0} read, {results.Count(r => r.Outcome == FuzzOutcome.CleanError):N0} clean errors, "
            + $"{results.Count(r => r.Outcome == FuzzOutcome.Crash):N0} crashes; slowest {Path.GetFileName(slowest.Path)} {slowest.Elapsed.TotalSeconds:N2} s ({Shortened(slowest.Message)})");
        foreach (var crash in results.Where(r => r.Outcome == FuzzOutcome.Crash).Take(5))
        {
            Console.WriteLine($"  crash: {Path.GetFileName(crash.Path)}: {Shortened(crash.Message)}");
        }
    }

    private static string Shortened(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length == 0 ? "read" : line.Length > 160 ? line[..157] + "..." : line;
    }

    /// <summary>The hostile PDF and a sample, each read in a fresh process so that its peak working set is its own.</summary>
    private static void MeasureHostilePdf(string folder, string? sample)
    {
        var hostile = Path.Combine(folder, "inflate-bombs-no-xref.pdf");
        File.WriteAllBytes(hostile, InflateBombsWithoutCrossReferences(pages: 3, decodedBytes: 300 * 1024 * 1024));
        foreach (var file in sample is null ? [hostile] : new[] { hostile, sample })
        {
            var host = Environment.ProcessPath!;
            string[] self = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(FuzzBenchmark).Assembly.Location] : [];
            using var process = Process.Start(new ProcessStartInfo(host, [.. self, "fuzz", ChildFlag, file]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Console.WriteLine($"{Path.GetFileName(file)} ({new FileInfo(file).Length / 1024:N0} KB): {output.Trim()}");
        }

        Console.WriteLine("goal for the hostile PDF: < 200 MB peak working set, < 2 s");
    }

    /// <summary>Reads one file in this (child) process; prints its peak working set, time and outcome.</summary>
    private static int ReadOne(string file)
    {
        var result = Mutations.Read(file, NoOcr);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB, {result.Elapsed.TotalSeconds:N2} s, {result.Outcome}: {Shortened(result.Message)}");
        return 0;
    }

    /// <summary>Pages whose content streams are zeros deflated (1,030:1), and no cross-reference section: opening rebuilds the table by scanning.</summary>
    private static byte[] InflateBombsWithoutCrossReferences(int pages, int decodedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < decodedBytes; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        var bomb = compressed.ToArray();
        using var file = new MemoryStream();
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{3 + (2 * i)} 0 R"));
        Write(file, $"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {pages} /MediaBox [0 0 595 842] >>\nendobj\n");
        for (var i = 0; i < pages; i++)
        {
            Write(file, $"{3 + (2 * i)} 0 obj\n<< /Type /Page /Parent 2 0 R /Contents {4 + (2 * i)} 0 R /Resources << >> >>\nendobj\n");
            Write(file, $"{4 + (2 * i)} 0 obj\n<< /Filter /FlateDecode /Length {bomb.Length} >>\nstream\n");
            file.Write(bomb);
            Write(file, "\nendstream\nendobj\n");
        }

        Write(file, "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
        return file.ToArray();

        static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
    }

    private static List<string> Originals(string[] arguments)
    {
        var root = RepositoryPaths.Root();
        var roots = arguments.Length > 0 ? arguments
            : root is null ? [] : [Path.Combine(root, "samples"), Path.Combine(root, "..", "shared", "realworld")];
        return roots
            .SelectMany<string, string>(path => Directory.Exists(path) ? Directory.GetFiles(path, "*.*", SearchOption.AllDirectories) : File.Exists(path) ? [path] : [])
            .Where(f => FormatReaders.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
