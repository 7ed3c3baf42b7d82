using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Objects;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

public sealed class PageTreeTests
{
    [Test]
    public void Should_Inherit_Attributes_From_The_Nearest_Ancestor()
    {
        var builder = new PdfBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 3 /MediaBox [0 0 612 792] /Rotate 90 /Resources << /Font << /F1 9 0 R >> >> >>")
            .Add(3, "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R] /Count 1 /MediaBox [10 20 300 400] /CropBox 8 0 R >>")
            .Add(4, "<< /Type /Page /Parent 3 0 R /Rotate -90 >>")
            .Add(5, "<< /Type /Pages /Parent 2 0 R /Kids [6 0 R << /Type /Page /Resources << >> >>] /Count 2 >>")
            .Add(6, "<< /Type /Page /Parent 5 0 R /MediaBox [595 842 0 0] /Rotate 450 >>")
            .Add(8, "[50 60 250 350]")
            .Add(9, "<< /Type /Font >>");

        var document = PdfDocument.Open(builder.Build());
        var pages = document.Pages;

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages[0].MediaBox, Is.EqualTo(new PdfRectangle(10, 20, 300, 400)));
        Assert.That(pages[0].CropBox, Is.EqualTo(new PdfRectangle(50, 60, 250, 350)));
        Assert.That(pages[0].Rotate, Is.EqualTo(270));
        Assert.That(pages[0].Resources["Font"], Is.TypeOf<PdfDictionary>());
        Assert.That(pages[0].Id, Is.EqualTo(new ObjectId(4, 0)));
        Assert.That(pages[1].MediaBox, Is.EqualTo(new PdfRectangle(0, 0, 595, 842)), "corners are normalised");
        Assert.That(pages[1].CropBox, Is.EqualTo(pages[1].MediaBox));
        Assert.That(pages[1].Rotate, Is.EqualTo(90));
        Assert.That(pages[2].Id, Is.Null, "a page written inside /Kids has no id");
        Assert.That(pages[2].MediaBox, Is.EqualTo(new PdfRectangle(0, 0, 612, 792)));
        Assert.That(pages[2].Resources, Is.Empty);
        Assert.That(pages.Select(p => p.Number), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Should_Join_A_Contents_Array_With_Newlines()
    {
        var builder = new PdfBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents [4 0 R 5 0 R 6 0 R] >>")
            .AddStream(4, "/Filter /FlateDecode", PdfBuilder.Deflate("q"u8.ToArray()))
            .AddStream(5, "", "BT (x) Tj ET"u8.ToArray())
            .Add(6, "7 0 R")
            .AddStream(7, "/Filter /AHx", "51>"u8.ToArray());

        var page = PdfDocument.Open(builder.Build()).Pages[0];

        Assert.That(page.GetContentStreams(), Has.Count.EqualTo(3));
        Assert.That(Encoding.ASCII.GetString(page.GetContentBytes()), Is.EqualTo("q\nBT (x) Tj ET\nQ"));
    }

    [Test]
    public void Should_Give_An_Empty_Content_For_A_Page_Without_Contents()
    {
        var builder = new PdfBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R >>");

        var document = PdfDocument.Open(builder.Build());

        Assert.That(document.Pages[0].GetContentBytes(), Is.Empty);
        Assert.That(document.Pages[0].MediaBox, Is.EqualTo(PdfRectangle.Letter));
        Assert.That(document.Diagnostics, Has.Some.Contains("MediaBox"));
    }
}
