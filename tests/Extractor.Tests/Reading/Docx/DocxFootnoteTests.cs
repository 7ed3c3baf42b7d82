using Extractor.Model;
using NUnit.Framework;
using static Extractor.Tests.Reading.Docx.DocxBuilder;

namespace Extractor.Tests.Reading.Docx;

/// <summary>Footnotes are numbered as a reader sees them (by reference order, not XML id), with every paragraph and the exact reference place.</summary>
[TestFixture]
public sealed class DocxFootnoteTests
{
    [Test]
    public void Should_Number_Footnotes_By_Reference_Order_Whatever_Their_Ids()
    {
        var body =
            P(R("Diện tích lúa 1.448,29 ha"), Reference(7), R(", đạt 96% KH"), Reference(3), R("."))
            + P(R("Thu ngân sách"), Reference(5), R(" tăng."), Reference(7));
        var footnotes =
            Note(3, "Theo Quyết định số 12/QĐ-UBND.", "Đoạn thứ hai của chú thích:", "gồm 3 xã.")
            + Note(5, "Số liệu ước tính.")
            + Note(7, "Kể cả vụ chiêm.")
            + Note(9, "Chú thích không được tham chiếu.");

        var document = new DocxBuilder().Body(body).Footnotes(footnotes).Read();

        Assert.That(document.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(new[]
        {
            (1, "Kể cả vụ chiêm."),
            (2, "Theo Quyết định số 12/QĐ-UBND.\nĐoạn thứ hai của chú thích:\ngồm 3 xã."),
            (3, "Số liệu ước tính."),
        }));
        Assert.That(document.Footnotes[1].Paragraphs, Has.Count.EqualTo(3));

        var first = document.Paragraphs()[0].Paragraph;
        Assert.That(first.Text, Is.EqualTo("Diện tích lúa 1.448,29 ha, đạt 96% KH."));
        Assert.That(first.FootnoteRefs, Is.EqualTo(new[]
        {
            new FootnoteRef(1, "Diện tích lúa 1.448,29 ha".Length),
            new FootnoteRef(2, "Diện tích lúa 1.448,29 ha, đạt 96% KH".Length),
        }));

        var second = document.Paragraphs()[1].Paragraph;
        Assert.That(second.FootnoteRefs, Is.EqualTo(new[]
        {
            new FootnoteRef(3, "Thu ngân sách".Length),
            new FootnoteRef(1, "Thu ngân sách tăng.".Length),
        }), "a second reference to a note keeps the note's first number");
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.Some.Contains("1 footnote(s) never referenced"));
    }

    [Test]
    public void Should_Number_Endnotes_After_All_Footnotes()
    {
        var body =
            P(R("Mở đầu"), EndnoteReference(2), R(" giữa"), Reference(4))
            + P(R("Sau"), Reference(8));
        var endnotes = "<w:endnote w:id=\"2\">" + P(R("Chú thích cuối.")) + "</w:endnote>";

        var document = new DocxBuilder().Body(body).Footnotes(Note(4, "Một.") + Note(8, "Hai.")).Endnotes(endnotes).Read();

        Assert.That(document.Footnotes.Select(f => (f.Number, f.Text)), Is.EqualTo(new[] { (1, "Một."), (2, "Hai."), (3, "Chú thích cuối.") }));
        Assert.That(document.Paragraphs()[0].Paragraph.FootnoteRefs, Is.EqualTo(new[]
        {
            new FootnoteRef(3, "Mở đầu".Length),
            new FootnoteRef(1, "Mở đầu giữa".Length),
        }));
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.Some.Contains("endnotes"));
    }

    [Test]
    public void Should_Number_A_Custom_Mark_By_Order_And_Leave_The_Mark_Out()
    {
        var customMark = "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"11\"/><w:t>*</w:t></w:r>";
        var body = P(R("Chỉ tiêu"), customMark, R(" đạt"), Reference(12));

        var document = new DocxBuilder().Body(body).Footnotes(Note(11, "Dấu riêng.") + Note(12, "Thường.")).Read();

        var paragraph = document.Paragraphs().Single().Paragraph;
        Assert.That(paragraph.Text, Is.EqualTo("Chỉ tiêu đạt"));
        Assert.That(paragraph.FootnoteRefs.Select(r => r.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(document.Footnotes.Select(f => f.Text), Is.EqualTo(new[] { "Dấu riêng.", "Thường." }));
    }

    private static string Reference(int id) =>
        $"<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>";

    private static string EndnoteReference(int id) => $"<w:r><w:endnoteReference w:id=\"{id}\"/></w:r>";

    /// <summary>A note as Word writes it: the first paragraph opens with the note's own mark, then a space.</summary>
    private static string Note(int id, string first, params string[] more) =>
        $"<w:footnote w:id=\"{id}\">"
        + P("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>", R(" " + first))
        + string.Concat(more.Select(text => P(R(text))))
        + "</w:footnote>";
}
