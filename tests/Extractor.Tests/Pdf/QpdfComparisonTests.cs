using System.Globalization;
using System.Text.Json;
using Extractor.Pdf;
using Extractor.Pdf.Objects;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

/// <summary>Page count, boxes, rotation and decoded content streams agree with what qpdf reads from the same file.</summary>
public sealed class QpdfComparisonTests
{
    private static IEnumerable<string> RealWorldNames => TestFiles.RealWorldPdfs;

    [TestCaseSource(nameof(RealWorldNames))]
    public void Should_Agree_With_Qpdf_On_Real_Documents(string name)
    {
        Compare(TestFiles.RealWorld(name));
    }

    [Test]
    public void Should_Agree_With_Qpdf_On_A_Cross_Reference_Stream_File()
    {
        CompareBytes(PdfBuilder.WithPages("BT (a) Tj ET", "BT (b) Tj ET").BuildWithXrefStream(packed: [1, 2, 3, 5], objectStreamNumber: 20));
    }

    [Test]
    public void Should_Agree_With_Qpdf_On_An_Incremental_Update()
    {
        var original = PdfBuilder.WithPages("BT (old) Tj ET", "BT (kept) Tj ET").Build();
        CompareBytes(new PdfBuilder().AddStream(4, "/Filter /FlateDecode", PdfBuilder.Deflate("BT (new) Tj ET"u8.ToArray())).BuildUpdate(original, size: 7));
    }

    [Test]
    public void Should_Agree_With_Qpdf_On_Its_Own_Object_Stream_Rewrite_Of_A_Real_Document()
    {
        var source = File.ReadAllBytes(TestFiles.RealWorld("p10_VB8977_BNV_vntime_font.pdf"));
        CompareBytes(Qpdf.Transform(source, "--object-streams=generate", "--compress-streams=y", "{in}"));
    }

    private static void CompareBytes(byte[] pdf)
    {
        Qpdf.RequireInstalled();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            Compare(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Compare(string path)
    {
        Qpdf.RequireInstalled();
        var document = PdfDocument.Open(path);
        var pageCount = int.Parse(Qpdf.Run("--show-npages", path).Trim(), CultureInfo.InvariantCulture);
        Assert.That(document.PageCount, Is.EqualTo(pageCount), "page count");

        using var json = JsonDocument.Parse(Qpdf.Run("--json=2", "--json-key=pages", "--json-key=qpdf", "--json-stream-data=none", path));
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var pages = json.RootElement.GetProperty("pages");
        for (var i = 0; i < pageCount; i++)
        {
            var qpdfPage = pages[i];
            var page = document.Pages[i];
            var reference = qpdfPage.GetProperty("object").GetString()!;
            Assert.That(page.Id?.ToString(), Is.EqualTo(reference), $"page {i + 1} object");

            var mediaBox = Inherited(objects, reference, "/MediaBox");
            Assert.That(mediaBox, Is.Not.Null, $"page {i + 1} has a /MediaBox in qpdf");
            var numbers = mediaBox!.Value.EnumerateArray().Select(n => n.GetDouble()).ToArray();
            var expectedBox = PdfRectangle.FromCorners(numbers[0], numbers[1], numbers[2], numbers[3]);
            Assert.That(page.MediaBox, Is.EqualTo(expectedBox), $"page {i + 1} MediaBox");

            var rotate = Inherited(objects, reference, "/Rotate")?.GetInt32() ?? 0;
            Assert.That(page.Rotate, Is.EqualTo(((rotate % 360) + 360) % 360), $"page {i + 1} Rotate");

            var contents = qpdfPage.GetProperty("contents").EnumerateArray()
                .Select(c => Qpdf.RunBytes($"--show-object={c.GetString()!.Replace(" R", "", StringComparison.Ordinal).Replace(' ', ',')}", "--filtered-stream-data", path))
                .ToList();
            var expected = contents.Count == 0 ? [] : contents.Aggregate((a, b) => [.. a, (byte)'\n', .. b]);
            Assert.That(page.GetContentBytes(), Is.EqualTo(expected), $"page {i + 1} decoded content");
        }
    }

    /// <summary>A page attribute as qpdf's JSON shows it on the page or its nearest ancestor.</summary>
    private static JsonElement? Inherited(JsonElement objects, string reference, string key)
    {
        for (var depth = 0; depth < 50 && objects.TryGetProperty($"obj:{reference}", out var node); depth++)
        {
            var dictionary = node.GetProperty("value");
            if (dictionary.TryGetProperty(key, out var value))
            {
                return value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal)
                    ? objects.GetProperty($"obj:{value.GetString()}").GetProperty("value")
                    : value;
            }

            if (!dictionary.TryGetProperty("/Parent", out var parent))
            {
                break;
            }

            reference = parent.GetString()!;
        }

        return null;
    }
}
