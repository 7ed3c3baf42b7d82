using System.Text;
using Extractor.Reading;
using Extractor.Tests.Pdf;
using Extractor.Tests.Reading.Docx;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>Our PDF layer behind the page source: the reader's options set its limits, and a limit it hits names the reader's setting.</summary>
public sealed class ExtractorPdfPageSourceTests
{
    private const string Text = "BT /F1 12 Tf 85 742 Td (Bao cao tong ket) Tj ET";

    private static readonly string Font =
        "<< /Font << /F1 << /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPSMT /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 122 /Widths ["
        + string.Join(' ', Enumerable.Range(32, 91).Select(code => code == 32 ? 250 : 500)) + "] >> >> >>";

    [Test]
    public void The_nesting_limit_of_the_reader_options_is_the_one_the_pdf_layer_enforces()
    {
        // 110 arrays deep: over the PDF layer's own default (100), within the reader's (128).
        var path = Write("deep.pdf", PdfBuilder.WithPage(Text, Font, $"/Deep {new string('[', 110)}{new string(']', 110)}").Build());

        Assert.That(FormatReaders.Read(path).Texts(), Is.EqualTo(new[] { "Bao cao tong ket" }));
        var error = Assert.Throws<ReportReadException>(() => FormatReaders.Read(path, ReaderOptions.Default with { MaxNestingDepth = 16 }))!;
        Assert.That(error.Failure, Is.EqualTo(ReadFailure.LimitExceeded));
        Assert.That(error.Message, Does.StartWith("deep.pdf: MaxNestingDepth exceeded: arrays and dictionaries nest deeper than 16 at offset ").And.Not.Contain('\n'));
    }

    [Test]
    public void The_largest_file_size_of_the_reader_options_also_bounds_what_one_pdf_stream_unpacks_to()
    {
        // A page content of 60,000 bytes, deflated into a file of under a kilobyte.
        var content = Encoding.ASCII.GetBytes(Text + new string('\n', 60_000));
        var builder = PdfBuilder.WithPage("", Font).AddStream(4, "/Filter /FlateDecode", PdfBuilder.Deflate(content));
        var path = Write("packed.pdf", builder.Build());

        Assert.That(FormatReaders.Read(path).Texts(), Is.EqualTo(new[] { "Bao cao tong ket" }));
        var error = Assert.Throws<ReportReadException>(() => FormatReaders.Read(path, ReaderOptions.Default with { MaxFileBytes = 50_000 }))!;
        Assert.That((error.Failure, error.Message), Is.EqualTo((ReadFailure.LimitExceeded, "packed.pdf: MaxFileBytes exceeded: page 1 content decodes to more than 50000 bytes")));
    }

    [Test]
    public void A_pdf_that_takes_longer_than_the_reading_time_limit_is_refused_in_one_line()
    {
        var sample = TestFiles.Sample("huyen-van-quan-6-thang-2024.pdf");
        var path = Path.Combine(TestFiles.TempDirectory(), "slow.pdf");
        File.Copy(sample, path);

        var error = Assert.Throws<ReportReadException>(() => FormatReaders.Read(path, ReaderOptions.Default with { MaxReadingTime = TimeSpan.Zero }))!;

        Assert.That((error.Failure, error.Message), Is.EqualTo((ReadFailure.LimitExceeded, "slow.pdf: reading took over the time limit of 0 s (stopped at page 1)")));
        Assert.That(FormatReaders.Read(path, ReaderOptions.Default with { MaxReadingTime = TimeSpan.FromMinutes(1) }).Footnotes, Has.Count.EqualTo(39), "the same file within the limit");
    }

    private static string Write(string name, byte[] pdf)
    {
        var path = Path.Combine(TestFiles.TempDirectory(), name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
