using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Objects;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

public sealed class XrefTests
{
    [Test]
    public void Should_Read_A_Classic_Table_Without_Repairs()
    {
        var document = PdfDocument.Open(PdfBuilder.WithPages("BT (one) Tj ET", "BT (two) Tj ET").Build());

        Assert.That(document.PageCount, Is.EqualTo(2));
        Assert.That(Text(document.Pages[1].GetContentBytes()), Is.EqualTo("BT (two) Tj ET"));
        Assert.That(document.Version, Is.EqualTo("1.7"));
        Assert.That(document.Diagnostics, Is.Empty);
    }

    [Test]
    public void Should_Read_A_Predicted_Xref_Stream_And_An_Object_Stream()
    {
        var bytes = PdfBuilder.WithPages("BT (packed) Tj ET").BuildWithXrefStream(packed: [1, 2, 3], objectStreamNumber: 10);

        var document = PdfDocument.Open(bytes, PdfReadOptions.Default with { Strict = true });

        Assert.That(document.PageCount, Is.EqualTo(1));
        Assert.That(document.Pages[0].MediaBox, Is.EqualTo(new PdfRectangle(0, 0, 595, 842)));
        Assert.That(Text(document.Pages[0].GetContentBytes()), Is.EqualTo("BT (packed) Tj ET"));
    }

    [Test]
    public void Should_Prefer_The_Newest_Update_And_Keep_Older_Objects()
    {
        var original = PdfBuilder.WithPages("BT (old) Tj ET", "BT (kept) Tj ET").Build();
        var update = new PdfBuilder().AddStream(4, "", "BT (new) Tj ET"u8.ToArray()).BuildUpdate(original, size: 7);

        var document = PdfDocument.Open(update, PdfReadOptions.Default with { Strict = true });

        Assert.That(Text(document.Pages[0].GetContentBytes()), Is.EqualTo("BT (new) Tj ET"));
        Assert.That(Text(document.Pages[1].GetContentBytes()), Is.EqualTo("BT (kept) Tj ET"));
    }

    [Test]
    public void Should_Read_A_Hybrid_File_Through_XRefStm()
    {
        // The classic table leaves out object 4, which only the cross-reference stream places (inside object stream 10).
        var packed = PdfBuilder.WithPages("BT (x) Tj ET").Add(4, "<< /Hidden true >>").BuildWithXrefStream(packed: [4], objectStreamNumber: 10);
        var text = Encoding.Latin1.GetString(packed);
        var xrefStreamOffset = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var table = new StringBuilder("xref\n0 1\n0000000000 65535 f\r\n");
        foreach (var number in new[] { 1, 2, 3 })
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"{number} 1\n{text.IndexOf($"\n{number} 0 obj", StringComparison.Ordinal) + 1:D10} 00000 n\r\n");
        }

        var tableOffset = packed.Length;
        var hybrid = packed.Concat(Encoding.Latin1.GetBytes($"{table}trailer\n<< /Size 12 /Root 1 0 R /XRefStm {xrefStreamOffset} >>\nstartxref\n{tableOffset}\n%%EOF\n")).ToArray();

        var document = PdfDocument.Open(hybrid, PdfReadOptions.Default with { Strict = true });

        Assert.That(document.GetObject(new ObjectId(4, 0)), Is.TypeOf<PdfDictionary>());
        Assert.That(document.PageCount, Is.EqualTo(1));
    }

    [Test]
    public void Should_Renumber_A_Subsection_That_Starts_At_One()
    {
        var bytes = PdfBuilder.WithPages("q Q").Build();
        var text = Encoding.Latin1.GetString(bytes).Replace("xref\n0 1\n", "xref\n1 1\n", StringComparison.Ordinal);

        var document = PdfDocument.Open(Encoding.Latin1.GetBytes(text));

        Assert.That(document.PageCount, Is.EqualTo(1));
        Assert.That(document.Diagnostics, Has.Some.Contains("starts at 1"));
    }

    [Test]
    public void Should_Rebuild_When_There_Is_No_Startxref()
    {
        var bytes = PdfBuilder.WithPages("BT (a) Tj ET").Build();
        var cut = Encoding.Latin1.GetString(bytes);
        cut = cut[..cut.IndexOf("xref", StringComparison.Ordinal)];

        var document = PdfDocument.Open(Encoding.Latin1.GetBytes(cut));

        Assert.That(Text(document.Pages[0].GetContentBytes()), Is.EqualTo("BT (a) Tj ET"));
        Assert.That(document.Diagnostics, Has.Some.Contains("rebuilt by scanning"));
    }

    [Test]
    public void Should_Not_Parse_Objects_When_Opening()
    {
        var contents = Enumerable.Range(0, 500).Select(i => $"BT ({i}) Tj ET").ToArray();
        var document = PdfDocument.Open(PdfBuilder.WithPages(contents).Build());

        Assert.That(document.LoadedObjectCount, Is.LessThanOrEqualTo(1), "opening parses the catalog at most");
        _ = document.PageCount;
        Assert.That(document.LoadedObjectCount, Is.EqualTo(502), "the page tree parses pages but no content streams");
        _ = document.Pages[10].GetContentBytes();
        Assert.That(document.LoadedObjectCount, Is.EqualTo(503));
    }

    private static string Text(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
