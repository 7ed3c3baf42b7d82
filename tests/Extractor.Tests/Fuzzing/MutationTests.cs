using System.Diagnostics;
using Extractor.Reading;
using Extractor.Reading.Ocr;
using NUnit.Framework;

namespace Extractor.Tests.Fuzzing;

/// <summary>
/// Damaged copies of the samples through every reader (DOCX, PDF, text, .doc): each is read or refused in one line
/// naming the file, and nothing else comes out. The fuzz benchmark runs the same mutations ten thousand times.
/// </summary>
[TestFixture]
public sealed class MutationTests
{
    private const int Seed = 15;

    private static readonly ReaderOptions NoOcr = ReaderOptions.Default with { Ocr = OcrOptions.Disabled };

    [Test]
    public void Five_hundred_mutated_docx_pdf_and_text_samples_are_read_or_refused_in_one_line()
    {
        var originals = Directory.GetFiles(TestFiles.Sample(""), "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".docx" or ".pdf" or ".txt" && !f.EndsWith(".scan.pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var clock = Stopwatch.StartNew();

        var results = Run(originals, 500, parallelism: 2);

        TestContext.Out.WriteLine(Summary(results, clock.Elapsed));
        Assert.That(results.Where(r => r.Outcome == FuzzOutcome.Crash).Select(r => r.Message), Is.Empty);
        Assert.That(results.Select(r => Path.GetExtension(r.Path)).Distinct(), Is.EquivalentTo(new[] { ".docx", ".pdf", ".txt" }));
        Assert.That(results.Count(r => r.Outcome == FuzzOutcome.Read), Is.GreaterThan(50));
        Assert.That(results.Count(r => r.Outcome == FuzzOutcome.CleanError), Is.GreaterThan(50));
    }

    [Test]
    public void Mutated_doc_files_are_read_or_refused_in_one_line()
    {
        OutsidePrograms.RequireLibreOfficeWriter();

        var clock = Stopwatch.StartNew();

        // Each conversion starts LibreOffice (about 2 s), so the .doc path gets a handful of cases.
        var results = Run([TestFiles.Sample("xa-binh-trung-6-thang-2023.doc")], 4, parallelism: 1);

        TestContext.Out.WriteLine(Summary(results, clock.Elapsed));
        Assert.That(results.Where(r => r.Outcome == FuzzOutcome.Crash).Select(r => r.Message), Is.Empty);
        Assert.That(results, Has.Count.EqualTo(4));
    }

    private static List<FuzzResult> Run(IReadOnlyList<string> originals, int cases, int parallelism)
    {
        var folder = TestFiles.TempDirectory();
        var results = Mutations.Run(originals, Seed, cases, folder, NoOcr, parallelism);
        Directory.Delete(folder, recursive: true);
        return results;
    }

    private static string Summary(List<FuzzResult> results, TimeSpan elapsed)
    {
        var slowest = results.MaxBy(r => r.Elapsed)!;
        return $"{results.Count} cases in {elapsed.TotalSeconds:0.0} s: {results.Count(r => r.Outcome == FuzzOutcome.Read)} read, "
            + $"{results.Count(r => r.Outcome == FuzzOutcome.CleanError)} clean errors, {results.Count(r => r.Outcome == FuzzOutcome.Crash)} crashes; "
            + $"slowest {Path.GetFileName(slowest.Path)} {slowest.Elapsed.TotalMilliseconds:0} ms";
    }
}
