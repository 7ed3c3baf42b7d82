using NUnit.Framework;
using static Extractor.Tests.Reading.Docx.DocxBuilder;

namespace Extractor.Tests.Reading.Docx;

/// <summary>Automatic numbering: the label Word draws ("I.", "1.1.", "a)") is computed from numbering.xml, as it is not in the text.</summary>
[TestFixture]
public sealed class DocxNumberingTests
{
    // The outline Vietnamese reports use: I. / 1. / 1.1. / a) / bullets.
    private static readonly string ReportOutline =
        "<w:abstractNum w:abstractNumId=\"10\">"
        + Level(0, "upperRoman", "%1.")
        + Level(1, "decimal", "%2.")
        + Level(2, "decimal", "%2.%3.")
        + Level(3, "lowerLetter", "%4)")
        + Level(4, "bullet", "-")
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"20\">"
        + Level(0, "decimal", "%1.")
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/><w:isLgl/></w:lvl>"
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"30\">" + Level(0, "upperRoman", "%1.") + Level(1, "lowerRoman", "%1.%2.", isLegal: true) + "</w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"10\"/></w:num>"
        + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"10\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"30\"/></w:num>"
        + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"20\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"10\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"10\"/></w:num>";

    [Test]
    public void Should_Compute_Labels_With_Deeper_Levels_Restarting()
    {
        var body = string.Concat(
            Numbered(1, 0, "KẾT QUẢ"),
            Numbered(1, 1, "Kinh tế"),
            Numbered(1, 2, "Nông nghiệp"),
            Numbered(1, 2, "Công nghiệp"),
            Numbered(1, 3, "Trồng trọt"),
            Numbered(1, 3, "Chăn nuôi"),
            Numbered(1, 4, "gạch đầu dòng"),
            Numbered(1, 1, "Văn hóa"),
            Numbered(1, 2, "Giáo dục"),
            P(R("Đoạn thường")),
            Numbered(1, 0, "NHIỆM VỤ"),
            Numbered(1, 1, "Kinh tế"),
            Numbered(1, 3, "Chưa có cấp trên"));

        var document = new DocxBuilder().Numbering(ReportOutline).Body(body).Read();

        Assert.That(document.Paragraphs().Select(p => p.NumberingLabel), Is.EqualTo(new[]
        {
            "I.", "1.", "1.1.", "1.2.", "a)", "b)", null, "2.", "2.1.", null, "II.", "1.", "a)",
        }));
        Assert.That(document.Texts()[0], Is.EqualTo("KẾT QUẢ"), "the label is a hint, not text");
    }

    [Test]
    public void Should_Continue_Lists_Sharing_A_Definition_And_Restart_Where_A_Start_Override_Is_First_Used()
    {
        var body = string.Concat(
            Numbered(1, 0, "A"),
            Numbered(2, 0, "B: another list of the same definition continues"),
            Numbered(3, 0, "C: a start override restarts"),
            Numbered(3, 0, "D"),
            Numbered(1, 0, "G: the definition's counter goes on from the restart"),
            Numbered(6, 0, "H: a start override of 4, as LibreOffice writes a list that resumes"),
            Numbered(7, 1, "J: yet another list of the definition, one level down"),
            Numbered(5, 0, "E: starts at 4"),
            Numbered(5, 1, "F: legal numbering"));

        var document = new DocxBuilder().Numbering(ReportOutline).Body(body).Read();

        Assert.That(document.Paragraphs().Select(p => p.NumberingLabel), Is.EqualTo(new[]
        {
            "I.", "II.", "I.", "II.", "III.", "IV.", "1.", "4.", "4.1.",
        }));
    }

    [Test]
    public void Should_Show_Every_Level_In_Decimal_Under_Legal_Numbering()
    {
        var body = Numbered(4, 0, "Phần") + Numbered(4, 0, "Phần") + Numbered(4, 1, "Mục") + Numbered(4, 1, "Mục");

        var document = new DocxBuilder().Numbering(ReportOutline).Body(body).Read();

        Assert.That(document.Paragraphs().Select(p => p.NumberingLabel), Is.EqualTo(new[] { "I.", "II.", "2.1.", "2.2." }));
    }

    [Test]
    public void Should_Take_Numbering_From_The_Paragraph_Style()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/>"
            + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";
        var body =
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + R("TÌNH HÌNH") + "</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" + R("Kinh tế") + "</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>" + R("Không đánh số") + "</w:p>";

        var document = new DocxBuilder().Styles(styles).Numbering(ReportOutline).Body(body).Read();

        Assert.That(document.Paragraphs().Select(p => (p.NumberingLabel, p.OutlineLevel)), Is.EqualTo(new (string?, int?)[]
        {
            ("I.", 0), ("1.", 1), (null, 1),
        }));
    }

    [Test]
    public void Should_Put_The_Label_Into_The_Text_Of_A_Numbered_Table_Cell()
    {
        var body = "<w:tbl><w:tr><w:tc>" + Numbered(1, 3, "Trồng trọt") + Numbered(1, 3, "Chăn nuôi") + "</w:tc></w:tr></w:tbl>";

        var document = new DocxBuilder().Numbering(ReportOutline).Body(body).Read();

        Assert.That(document.Tables().Single().Rows[0][0], Is.EqualTo("a) Trồng trọt\nb) Chăn nuôi"));
    }

    private static string Numbered(int numId, int level, string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr>{R(text)}</w:p>";

    private static string Level(int index, string format, string text, bool isLegal = false) =>
        $"<w:lvl w:ilvl=\"{index}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/>{(isLegal ? "<w:isLgl/>" : string.Empty)}<w:lvlText w:val=\"{text}\"/></w:lvl>";
}
