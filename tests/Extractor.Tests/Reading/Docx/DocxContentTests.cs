using Extractor.Model;
using NUnit.Framework;
using static Extractor.Tests.Reading.Docx.DocxBuilder;

namespace Extractor.Tests.Reading.Docx;

/// <summary>What Word displays is what the DOCX reader reads: one copy of text boxes, field results, accepted changes, no hidden text.</summary>
[TestFixture]
public sealed class DocxContentTests
{
    private const string TextBox =
        "<w:p><w:r><w:t>Kết quả đạt được</w:t></w:r><w:r><mc:AlternateContent>"
        + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx><w:txbxContent>"
        + "<w:p><w:r><w:t>Tổng thu ngân sách 120 tỷ đồng</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Đạt 96% KH</w:t></w:r></w:p>"
        + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        + "<w:p><w:r><w:t>Tổng thu ngân sách 120 tỷ đồng</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Đạt 96% KH</w:t></w:r></w:p>"
        + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        + "</mc:AlternateContent></w:r></w:p>";

    [Test]
    public void Should_Read_A_Text_Box_Once_After_Its_Anchoring_Paragraph()
    {
        var document = new DocxBuilder().Body(TextBox + P(R("Đoạn sau"))).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[]
        {
            "Kết quả đạt được", "Tổng thu ngân sách 120 tỷ đồng", "Đạt 96% KH", "Đoạn sau",
        }));
    }

    [Test]
    public void Should_Read_Field_Results_And_Not_Instructions()
    {
        var complexField =
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"dd/MM/yyyy\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + R("14/7/2023")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var simpleField = "<w:fldSimple w:instr=\" PAGE \">" + R("3") + "</w:fldSimple>";

        var document = new DocxBuilder().Body(P(R("Ngày "), complexField, R(", trang "), simpleField)).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "Ngày 14/7/2023, trang 3" }));
    }

    [Test]
    public void Should_Keep_Tracked_Insertions_And_Drop_Deletions()
    {
        var body = P(
            R("Diện tích lúa "),
            "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>1.200</w:delText></w:r></w:del>",
            "<w:ins w:id=\"2\" w:author=\"A\">" + R("1.448,29") + "</w:ins>",
            R(" ha"),
            "<w:moveFrom w:id=\"3\" w:author=\"A\">" + R(" (cũ)") + "</w:moveFrom>",
            "<w:moveTo w:id=\"4\" w:author=\"A\">" + R(", đạt 96% KH") + "</w:moveTo>");

        var document = new DocxBuilder().Body(body).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "Diện tích lúa 1.448,29 ha, đạt 96% KH" }));
        Assert.That(document.Diagnostics.Select(d => d.Message), Has.Some.Contains("2 tracked deletion(s) dropped"));
    }

    [Test]
    public void Should_Drop_Hidden_Text_Set_Directly_Or_By_A_Style()
    {
        var styles =
            "<w:style w:type=\"character\" w:styleId=\"HiddenNote\"><w:name w:val=\"Hidden Note\"/><w:rPr><w:vanish/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"HiddenPara\"><w:name w:val=\"Hidden Para\"/><w:rPr><w:vanish/></w:rPr></w:style>";
        var body =
            P(R("Hiển thị"), R(" ẩn trực tiếp", "<w:vanish/>"), R(" ẩn theo kiểu", "<w:rStyle w:val=\"HiddenNote\"/>"), R(" hết."))
            + "<w:p><w:pPr><w:pStyle w:val=\"HiddenPara\"/></w:pPr>" + R("Cả đoạn ẩn") + R(" trừ phần này", "<w:vanish w:val=\"0\"/>") + "</w:p>";

        var document = new DocxBuilder().Styles(styles).Body(body).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "Hiển thị hết.", "trừ phần này" }));
    }

    [Test]
    public void Should_Normalise_Tabs_Breaks_And_Special_Spaces()
    {
        var decomposedHoa = "hoa\u0300"; // "hoà" with a combining grave accent
        var body = P(
            R("Diện\u00A0tích"),
            "<w:r><w:tab/></w:r>",
            R("lúa\u200B đông xuân  "),
            "<w:r><w:br/></w:r>",
            R(decomposedHoa + " thành"),
            "<w:r><w:br w:type=\"page\"/></w:r>",
            R(" kế"),
            "<w:r><w:softHyphen/></w:r>",
            R("hoạch"),
            "<w:r><w:noBreakHyphen/></w:r>",
            R("năm"),
            "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/></w:r>",
            R("5"));

        var document = new DocxBuilder().Body(body).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "Diện tích lúa đông xuân\nhoà thành kếhoạch-năm≥5" }));
    }

    [Test]
    public void Should_Take_Bold_And_Italic_From_The_Style_Chain_Defaults_And_Direct_Formatting()
    {
        var styles =
            "<w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"BoldBase\"><w:name w:val=\"Bold Base\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:i w:val=\"0\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"SectionTitle\"><w:name w:val=\"Section Title\"/><w:basedOn w:val=\"BoldBase\"/></w:style>";
        var body =
            "<w:p><w:pPr><w:pStyle w:val=\"SectionTitle\"/></w:pPr>" + R("I. KẾT QUẢ") + R(" thường", "<w:b w:val=\"0\"/>") + "</w:p>"
            + P(R("nghiêng"), R(" đứng", "<w:i w:val=\"false\"/>"));

        var document = new DocxBuilder().Styles(styles).Body(body).Read();

        var heading = document.Paragraphs()[0].Paragraph;
        var plain = document.Paragraphs()[1].Paragraph;
        Assert.That(heading.Text, Is.EqualTo("I. KẾT QUẢ thường"));
        Assert.That(heading.Spans, Is.EqualTo(new[] { new StyleSpan(0, "I. KẾT QUẢ".Length, Bold: true, Italic: false) }));
        Assert.That(plain.Text, Is.EqualTo("nghiêng đứng"));
        Assert.That(plain.Spans, Is.EqualTo(new[] { new StyleSpan(0, "nghiêng".Length, Bold: false, Italic: true) }));
    }

    [Test]
    public void Should_Read_Tables_In_Order_With_Merged_Cells_Once_And_Nested_Tables_Flattened()
    {
        static string Cell(string properties, params string[] paragraphs) =>
            $"<w:tc><w:tcPr>{properties}</w:tcPr>{string.Concat(paragraphs)}</w:tc>";

        var nested = "<w:tbl><w:tr>" + Cell("", P(R("Lúa"))) + Cell("", P(R("1.448,29 ha"))) + "</w:tr>"
            + "<w:tr>" + Cell("", P(R("Ngô"))) + Cell("", P(R("320 ha"))) + "</w:tr></w:tbl>";
        var table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>" + Cell("<w:gridSpan w:val=\"2\"/>", P(R("Chỉ tiêu"))) + Cell("", P(R("Ghi chú"))) + "</w:tr>"
            + "<w:tr>" + Cell("<w:vMerge w:val=\"restart\"/>", P(R("Trồng trọt")), P(R("vụ đông xuân"))) + Cell("", nested, P()) + Cell("", P()) + "</w:tr>"
            + "<w:tr>" + Cell("<w:vMerge/>", P()) + Cell("", P(R("Chăn nuôi"))) + Cell("", P(R("ước"))) + "</w:tr>"
            + "</w:tbl>";
        var body = P(R("Trước bảng")) + table + P(R("Sau bảng"));

        var document = new DocxBuilder().Body(body).Read();

        Assert.That(document.Blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { "RawParagraph", "RawTable", "RawParagraph" }));
        Assert.That(document.Tables().Single().Rows, Is.EqualTo(new[]
        {
            new[] { "Chỉ tiêu", "", "Ghi chú" },
            new[] { "Trồng trọt\nvụ đông xuân", "Lúa | 1.448,29 ha\nNgô | 320 ha", "" },
            new[] { "", "Chăn nuôi", "ước" },
        }));
    }

    [Test]
    public void Should_Read_Content_Controls_And_Custom_Xml_But_Not_Placeholders()
    {
        var body =
            "<w:sdt><w:sdtPr><w:alias w:val=\"Trích yếu\"/></w:sdtPr><w:sdtContent>" + P(R("Báo cáo 6 tháng")) + "</w:sdtContent></w:sdt>"
            + "<w:customXml w:element=\"so\">" + P(R("Số: 476/BC-UBND")) + "</w:customXml>"
            + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + P(R("Bấm để nhập văn bản")) + "</w:sdtContent></w:sdt>"
            + P(R("Ngày "), "<w:sdt><w:sdtContent>" + R("14") + "</w:sdtContent></w:sdt>", R(" tháng 7"));

        var document = new DocxBuilder().Body(body).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "Báo cáo 6 tháng", "Số: 476/BC-UBND", "Ngày 14 tháng 7" }));
    }

    [Test]
    public void Should_Give_Outline_Levels_From_Heading_Styles_And_Paragraph_Properties()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"MyHeading\"><w:name w:val=\"My Heading\"/><w:basedOn w:val=\"Heading1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>";
        var body =
            "<w:p><w:pPr><w:pStyle w:val=\"MyHeading\"/></w:pPr>" + R("Phần I") + "</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>" + R("Mục") + "</w:p>"
            + "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>" + R("Tiểu mục") + "</w:p>"
            + P(R("Thân bài"));

        var document = new DocxBuilder().Styles(styles).Body(body).Read();

        Assert.That(document.Paragraphs().Select(p => p.OutlineLevel), Is.EqualTo(new int?[] { 0, 1, 2, null }));
    }

    [Test]
    public void Should_Read_A_Vml_Only_Text_Box_From_Older_Word()
    {
        var body = P(
            R("Neo"),
            "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P(R("Trong khung")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>");

        var document = new DocxBuilder().Body(body).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "Neo", "Trong khung" }));
    }

    [Test]
    public void Should_Show_Caps_Formatting_In_Capitals()
    {
        var document = new DocxBuilder().Body(P(R("i. "), R("kết quả thực hiện", "<w:caps/>"))).Read();

        Assert.That(document.Texts(), Is.EqualTo(new[] { "i. KẾT QUẢ THỰC HIỆN" }));
    }

    [Test]
    public void Should_Ignore_Malformed_Attribute_Values_As_Word_Does()
    {
        var body =
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"x\"/><w:numId w:val=\"zz\"/></w:numPr><w:outlineLvl w:val=\"q\"/></w:pPr>"
            + "<w:r><w:rPr><w:b w:val=\"maybe\"/></w:rPr><w:t>Vẫn đọc được</w:t><w:br w:type=\"foo\"/><w:fldChar w:fldCharType=\"weird\"/></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"-\"/></w:tcPr>" + P(R("ô")) + "</w:tc></w:tr></w:tbl>";

        var document = new DocxBuilder().Body(body).Read();

        Assert.That(document.Paragraphs().Single().Paragraph.Text, Is.EqualTo("Vẫn đọc được"));
        Assert.That(document.Tables().Single().Rows, Is.EqualTo(new[] { new[] { "ô" } }));
    }
}
