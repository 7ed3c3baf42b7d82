using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Content;
using NUnit.Framework;

namespace Extractor.Tests.Pdf.Content;

/// <summary>Glyph text and placement on small PDFs written for each case.</summary>
public sealed class GlyphTests
{
    /// <summary>Codes 32 to 122: space 250, everything else 500 thousandths of an em.</summary>
    private static readonly string Widths = "[" + string.Join(' ', Enumerable.Range(32, 91).Select(code => code == 32 ? 250 : 500)) + "]";

    private static readonly string WinAnsiFont = $"<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPSMT /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 122 /Widths {Widths} >>";

    [Test]
    public void Should_Map_Differences_Through_Glyph_Names()
    {
        var font = $"<< /Type /Font /Subtype /Type1 /BaseFont /Custom /FirstChar 32 /LastChar 122 /Widths {Widths} /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /uni01B0 /ohorn /Adieresis /acircumflexacute /u1EF7 /fi /Udieresis.sc /f_f /g123] >> >>";
        var page = Read("BT /F1 10 Tf 100 700 Td (ABCDEFGHIa) Tj ET", $"<< /Font << /F1 {font} >> >>");

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "ư", "ơ", "Ä", "ấ", "ỷ", "fi", "Ü", "ff", "\uFFFD", "a" }));
    }

    [Test]
    public void Should_Read_Base_Encodings_And_Prefer_ToUnicode()
    {
        var builder = PdfBuilder.WithPage(
            "BT /F1 10 Tf <93A0AD> Tj /F2 10 Tf <8E> Tj /F3 10 Tf <27> Tj /F4 10 Tf (AB) Tj ET",
            "<< /Font << /F1 << /Type /Font /Subtype /TrueType /BaseFont /A /Encoding /WinAnsiEncoding >> "
            + "/F2 << /Type /Font /Subtype /TrueType /BaseFont /B /Encoding /MacRomanEncoding >> "
            + "/F3 << /Type /Font /Subtype /Type1 /BaseFont /C >> "
            + "/F4 << /Type /Font /Subtype /TrueType /BaseFont /D /Encoding /WinAnsiEncoding /ToUnicode 10 0 R >> >> >>");
        builder.AddStream(10, "", "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <03A9> endbfchar"u8.ToArray());
        var page = Read(builder);

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "\u201C", " ", "-", "é", "\u2019", "Ω", "B" }));
    }

    [Test]
    public void Should_Split_Codes_By_The_Codespace_Ranges_Of_An_Embedded_Encoding()
    {
        var encoding = "2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange 1 begincidrange <00> <7F> 0 endcidrange 1 begincidrange <8000> <80FF> 200 endcidrange";
        var toUnicode = "2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange 3 beginbfchar <41> <0041> <20> <0020> <8001> <00E9> endbfchar";
        var builder = PdfBuilder.WithPage(
            "BT /F1 10 Tf 3 Tw 100 700 Td <41208001> Tj ET",
            "<< /Font << /F1 << /Type /Font /Subtype /Type0 /BaseFont /Mixed /Encoding 10 0 R /ToUnicode 11 0 R "
            + "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Mixed /DW 500 /W [32 [250] 65 [600] 201 [700]] >>] >> >> >>");
        builder.AddStream(10, "/Type /CMap", Encoding.ASCII.GetBytes(encoding));
        builder.AddStream(11, "", Encoding.ASCII.GetBytes(toUnicode));
        var page = Read(builder);

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "A", " ", "é" }));
        // The one-byte code 32 takes word spacing: 100 + 6, then + 2.5 + 3.
        Assert.That(page.Glyphs.Select(g => g.X), Is.EqualTo(new[] { 100, 106, 111.5 }).Within(1e-9));
        Assert.That(page.Glyphs[2].Width, Is.EqualTo(7).Within(1e-9));
    }

    [Test]
    public void Should_Survive_A_Broken_ToUnicode_Map()
    {
        var page = ReadWithCidFont("BT /F1 10 Tf <00410042> Tj ET", toUnicode: "2 beginbfchar <0041> <0061> <0042> endbfchar ]] >> 1 beginbfrange <0050> [ endbfrange <00", widths: "[65 [500] 66]");

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "a", "\uFFFD" }));
        Assert.That(page.Glyphs.Select(g => g.Width), Is.EqualTo(new[] { 5, 10 }).Within(1e-9), "a /W entry cut short leaves /DW");
    }

    [Test]
    public void Should_Place_Glyphs_With_Kerning_Character_And_Word_Spacing()
    {
        // Advances: A = (0.5 × 10 + Tc 1) = 6; space = (0.25 × 10 + Tc 1 + Tw 2) = 5.5; -500 in TJ moves 5 right.
        var page = Read("BT /F1 10 Tf 1 Tc 2 Tw 100 700 Td [(A) -500 (A A)] TJ ET", $"<< /Font << /F1 {WinAnsiFont} >> >>");

        Assert.That(page.Glyphs.Select(g => g.X), Is.EqualTo(new[] { 100, 111, 117, 122.5 }).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.Width), Is.EqualTo(new[] { 5, 5, 2.5, 5 }).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.Baseline), Has.All.EqualTo(700).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.FontSize), Has.All.EqualTo(10).Within(1e-9));
    }

    [Test]
    public void Should_Apply_Word_Spacing_To_Single_Byte_Spaces_Only()
    {
        // In a two-byte CID font code 0x0020 is no single-byte space, so Tw leaves it alone.
        var page = ReadWithCidFont("BT /F1 10 Tf 5 Tw 100 700 Td <00200041> Tj ET", toUnicode: "1 beginbfchar <0020> <0020> endbfchar", widths: "[32 [500] 65 [500]]");

        Assert.That(page.Glyphs.Select(g => g.X), Is.EqualTo(new[] { 100, 105 }).Within(1e-9));
    }

    [Test]
    public void Should_Scale_Advances_Horizontally_With_Tz()
    {
        var page = Read("BT /F1 10 Tf 50 Tz 100 700 Td (AA) Tj ET", $"<< /Font << /F1 {WinAnsiFont} >> >>");

        Assert.That(page.Glyphs.Select(g => g.X), Is.EqualTo(new[] { 100, 102.5 }).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.Width), Has.All.EqualTo(2.5).Within(1e-9));
    }

    [Test]
    public void Should_Raise_The_Baseline_By_Ts_In_User_Space()
    {
        var page = Read("2 0 0 2 0 0 cm BT /F1 10 Tf 100 300 Td (A) Tj 3 Ts (B) Tj ET", $"<< /Font << /F1 {WinAnsiFont} >> >>");

        Assert.That(page.Glyphs.Select(g => g.Baseline), Is.EqualTo(new[] { 600, 606 }).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.Rise), Is.EqualTo(new[] { 0, 6 }).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.FontSize), Has.All.EqualTo(20).Within(1e-9));
        Assert.That(page.Glyphs[1].X, Is.EqualTo(210).Within(1e-9));
    }

    [Test]
    public void Should_Follow_Leading_And_Text_Matrix_Operators()
    {
        var page = Read("BT /F1 10 Tf 14 TL 1 0 0 1 50 500 Tm (A) Tj T* (B) Tj (C) ' 1 2 (D) \" 0 -20 TD (E) Tj T* (F) Tj ET", $"<< /Font << /F1 {WinAnsiFont} >> >>");

        Assert.That(string.Concat(page.Glyphs.Select(g => g.Text)), Is.EqualTo("ABCDEF"));
        Assert.That(page.Glyphs.Select(g => g.Baseline), Is.EqualTo(new[] { 500, 486, 472, 458, 438, 418 }).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.X), Has.All.EqualTo(50).Within(1e-9));
    }

    [Test]
    public void Should_Restore_The_Transformation_On_Q()
    {
        var page = Read("q 1 0 0 1 10 20 cm BT /F1 10 Tf 100 700 Td (A) Tj ET Q BT /F1 10 Tf 100 700 Td (B) Tj ET Q Q", $"<< /Font << /F1 {WinAnsiFont} >> >>");

        Assert.That(page.Glyphs.Select(g => (g.X, g.Baseline)), Is.EqualTo(new[] { (110.0, 720.0), (100.0, 700.0) }));
    }

    [Test]
    public void Should_Draw_Form_XObjects_With_Their_Matrix_And_Resources()
    {
        var builder = PdfBuilder.WithPage("q 1 0 0 1 10 10 cm /Fm1 Do Q BT /F1 10 Tf 0 0 Td (C) Tj ET", $"<< /Font << /F1 {WinAnsiFont} >> /XObject << /Fm1 10 0 R >> >>");
        builder.AddStream(10, $"/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [2 0 0 2 50 60] /Resources << /Font << /F9 {WinAnsiFont} >> /XObject << /Fm2 11 0 R >> >>", Encoding.ASCII.GetBytes("BT /F9 10 Tf 5 5 Td (A) Tj ET /Fm2 Do q Q Q q"));
        // Fm1's unpaired Q must not restore the page's state, nor its unpaired q leak out. Fm2 inherits Fm1's resources
        // (it has none) and draws Fm1 again, which must not recurse for ever.
        builder.AddStream(11, "/Type /XObject /Subtype /Form /BBox [0 0 500 500]", Encoding.ASCII.GetBytes("BT /F9 10 Tf 0 0 Td (B) Tj ET /Fm1 Do"));
        var page = Read(builder);

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(page.Glyphs.Select(g => (g.X, g.Baseline)), Is.EqualTo(new[] { (70.0, 80.0), (60.0, 70.0), (0.0, 0.0) }));
        Assert.That(page.Glyphs[0].FontSize, Is.EqualTo(20).Within(1e-9));
    }

    [Test]
    public void Should_Read_A_Cid_Font_Through_Its_ToUnicode_Map()
    {
        var toUnicode = """
            1 beginbfrange
            <0001> <0004> [<0041> <D83DDE00> <00660069> <01A3>]
            endbfrange
            1 beginbfrange
            <0010> <0012> <0061>
            endbfrange
            1 beginbfchar
            <0020> <01A2>
            endbfchar
            """;
        var page = ReadWithCidFont("BT /F1 10 Tf 100 700 Td <0001000200030004001000110012002000ff> Tj ET", toUnicode, "[1 [600 700] 16 18 400]");

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "A", "😀", "fi", "ư", "a", "b", "c", "Ư", "\uFFFD" }));
        Assert.That(page.Glyphs.Select(g => g.Width), Is.EqualTo(new[] { 6, 7, 10, 10, 4, 4, 4, 10, 10 }).Within(1e-9));
        Assert.That(page.Glyphs[3].X, Is.EqualTo(100 + 6 + 7 + 10).Within(1e-9));
        Assert.That(page.Glyphs.Select(g => g.FontName), Has.All.EqualTo("Arial-BoldMT"));
        Assert.That(page.Glyphs.Select(g => g.Bold), Has.All.True);
    }

    [Test]
    public void Should_Compose_A_Decomposed_Mark_With_The_Glyph_It_Sits_On()
    {
        var toUnicode = "2 beginbfchar <0001> <0079> <0002> <0309> endbfchar 1 beginbfchar <0003> <006F0300> endbfchar";
        var page = ReadWithCidFont("BT /F1 10 Tf 100 700 Td <000100020003> Tj ET", toUnicode, "[1 [500 0 500]]");

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "ỷ", "ò" }));
        Assert.That(page.Glyphs.Select(g => g.Text.IsNormalized(NormalizationForm.FormC)), Has.All.True);
        Assert.That(page.Glyphs.Select(g => g.X), Is.EqualTo(new[] { 100, 105 }).Within(1e-9));
    }

    [Test]
    public void Should_Keep_A_Mark_Apart_When_It_Is_Drawn_Elsewhere()
    {
        var toUnicode = "2 beginbfchar <0001> <0079> <0002> <0309> endbfchar";
        var page = ReadWithCidFont("BT /F1 10 Tf 100 700 Td <0001> Tj 300 0 Td <0002> Tj ET", toUnicode, "[1 [500 0]]");

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "y", "\u0309" }));
    }

    [Test]
    public void Should_Spell_Out_Ligatures_And_Symbol_Font_Bullets()
    {
        var symbol = "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>";
        var wingdings = "<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings-Regular /FirstChar 32 /LastChar 255 >>";
        var page = Read("BT /F1 10 Tf 100 700 Td <B72D> Tj /F2 10 Tf <A7D8> Tj /F3 10 Tf <AEAF> Tj ET", $"<< /Font << /F1 {symbol} /F2 {wingdings} /F3 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> >> >>");

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "•", "-", "•", "•", "fi", "fl" }));
        Assert.That(page.Glyphs[1].X - page.Glyphs[0].X, Is.EqualTo(5).Within(1e-9), "a standard-14 font without widths advances half an em");
    }

    [Test]
    public void Should_Take_Style_From_Name_And_Descriptor_And_Drop_Subset_Prefix()
    {
        var fonts = """
            << /F1 << /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Arial,BoldItalic /Encoding /WinAnsiEncoding >>
               /F2 << /Type /Font /Subtype /TrueType /BaseFont /XYZABC+Plain /FontDescriptor << /Flags 262208 >> >>
               /F3 << /Type /Font /Subtype /TrueType /BaseFont /Plain /FontDescriptor << /FontWeight 700 /Flags 32 >> >>
               /F4 << /Type /Font /Subtype /TrueType /BaseFont /Abc+Plain-Oblique >> >>
            """;
        var page = Read("BT /F1 10 Tf (a) Tj /F2 10 Tf (a) Tj /F3 10 Tf (a) Tj /F4 10 Tf (a) Tj ET", $"<< /Font {fonts} >>");

        Assert.That(page.Glyphs.Select(g => (g.FontName, g.Bold, g.Italic)), Is.EqualTo(new[]
        {
            ("Arial,BoldItalic", true, true),
            ("Plain", true, true),
            ("Plain", true, false),
            ("Abc+Plain-Oblique", false, true),
        }));
    }

    [Test]
    public void Should_Not_Crash_On_A_Type3_Font_And_Use_Its_Font_Matrix()
    {
        var type3 = "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /FirstChar 65 /LastChar 66 /Widths [50 80] /Encoding << /Type /Encoding /Differences [65 /a /glyph2] >> /CharProcs << /a 10 0 R /glyph2 10 0 R >> /Resources << >> >>";
        var builder = PdfBuilder.WithPage("BT /T3 12 Tf 100 700 Td (ABA) Tj ET", $"<< /Font << /T3 {type3} >> >>");
        builder.AddStream(10, "", Encoding.ASCII.GetBytes("50 0 d0 0 0 50 50 re f"));
        var page = Read(builder);

        Assert.That(page.Glyphs.Select(g => g.Text), Is.EqualTo(new[] { "a", "\uFFFD", "a" }));
        Assert.That(page.Glyphs.Select(g => g.X), Is.EqualTo(new[] { 100, 106, 115.6 }).Within(1e-9));
    }

    [Test]
    public void Should_Skip_Unknown_Operators_Bad_Operands_Missing_Fonts_And_Inline_Images()
    {
        var content = "BT /F1 10 Tf foo 1 2 3 bar 100 700 Td /Name Td Tm (A) Tj ET BI /W 2 /H 2 /BPC 8 /CS /G ID \u00ffEI\u0000\u00ff EI "
            + "BT /Missing 12 Tf 50 50 Td (B) Tj /F1 Tf [(C) 100 (D) TJ ET } ) Q Q";
        var page = Read(content, $"<< /Font << /F1 {WinAnsiFont} >> >>");

        Assert.That(string.Concat(page.Glyphs.Select(g => g.Text)), Is.EqualTo("ABCD"));
        Assert.That(page.Glyphs[0].X, Is.EqualTo(100).Within(1e-9));
        Assert.That(page.Glyphs[1].FontName, Is.Empty, "a missing font reads with a nameless stand-in");
    }

    [Test]
    public void Should_Record_Straight_Lines_And_Thin_Bars_As_Rules()
    {
        var content = "1 0 0 1 10 20 cm 0 0 m 100 0 l 100 50 l S 0 0 m 50 50 l S 0 0 m 10 10 20 10 30 0 c S "
            + "0 100 200 0.5 re f 0 200 200 100 re f 300 0 1 80 re f 0 400 200 1 re W n";
        var page = Read(content, "<< >>");

        Assert.That(page.Rules, Is.EqualTo(new[]
        {
            new Rule(10, 20, 110, 20),
            new Rule(110, 20, 110, 70),
            new Rule(10, 120.25, 210, 120.25),
            new Rule(310.5, 20, 310.5, 100),
        }));
    }

    [Test]
    public void Should_Place_Images_With_Their_Filter()
    {
        var builder = PdfBuilder.WithPage("q 200 0 0 300 50 60 cm /Im1 Do Q /Im2 Do", "<< /XObject << /Im1 10 0 R /Im2 11 0 R >> >>");
        builder.AddStream(10, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter [/ASCIIHexDecode /DCTDecode]", "00>"u8.ToArray());
        builder.AddStream(11, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray", [0]);
        var page = Read(builder);

        Assert.That(page.Images.Select(i => (i.X, i.Y, i.Width, i.Height, i.Filter)), Is.EqualTo(new[] { (50.0, 60.0, 200.0, 300.0, (string?)"DCTDecode"), (0.0, 0.0, 1.0, 1.0, (string?)null) }));
    }

    [Test]
    public void Should_Give_An_Image_Its_Matrix_And_Its_Samples_On_Demand()
    {
        var builder = PdfBuilder.WithPage("q 0 -300 200 0 50 360 cm /Im1 Do Q", "<< /XObject << /Im1 10 0 R >> >>");
        builder.AddStream(10, "/Type /XObject /Subtype /Image /Width 2 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Decode [1 0]", [0, 255]);
        var image = Read(builder).Images.Single();

        Assert.That(image.Placement, Is.EqualTo(new Matrix(0, -300, 200, 0, 50, 360)));
        var samples = image.Source!.Read();
        Assert.That((samples.Width, samples.Height, samples.ColorSpace, samples.Components, samples.BitsPerComponent, samples.Inverted, samples.Filter), Is.EqualTo((2, 1, "DeviceGray", 1, 8, true, (string?)null)));
        Assert.That(samples.Data.ToArray(), Is.EqualTo(new byte[] { 0, 255 }));
    }

    [Test]
    public void Should_Draw_Annotation_Appearances_Into_Their_Rectangles()
    {
        var builder = PdfBuilder.WithPage("", $"<< /Font << /F1 {WinAnsiFont} >> >>", "/Annots [10 0 R 11 0 R]");
        builder.Add(10, "<< /Type /Annot /Subtype /Widget /Rect [300 400 500 420] /AP << /N 12 0 R >> >>");
        builder.Add(11, "<< /Type /Annot /Subtype /Widget /F 2 /Rect [300 400 500 420] /AP << /N 12 0 R >> >>");
        builder.AddStream(12, $"/BBox [0 0 100 10] /Resources << /Font << /F1 {WinAnsiFont} >> >>", Encoding.ASCII.GetBytes("BT /F1 5 Tf 10 2 Td (A) Tj ET"));
        var page = Read(builder);

        Assert.That(page.Glyphs, Has.Count.EqualTo(1), "the hidden annotation draws nothing");
        Assert.That((page.Glyphs[0].X, page.Glyphs[0].Baseline, page.Glyphs[0].FontSize), Is.EqualTo((320.0, 404.0, 10.0)));
    }

    [Test]
    public void Should_Report_The_Page_Boxes()
    {
        var page = Read("", "<< >>");

        Assert.That((page.Number, page.MediaBox, page.Rotate), Is.EqualTo((1, new PdfRectangle(0, 0, 595, 842), 0)));
        Assert.That(page.Glyphs, Is.Empty);
    }

    /// <summary>A page whose font /F1 is an Identity-H Type0 font with these /W widths and ToUnicode entries.</summary>
    private static PageContent ReadWithCidFont(string content, string toUnicode, string widths)
    {
        var font = "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial-BoldMT /Encoding /Identity-H /ToUnicode 20 0 R "
            + $"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial-BoldMT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W {widths} >>] >>";
        var cmap = $"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def 1 begincodespacerange <0000> <FFFF> endcodespacerange {toUnicode} endcmap CMapName currentdict /CMap defineresource pop end end";
        var builder = PdfBuilder.WithPage(content, $"<< /Font << /F1 {font} >> >>");
        builder.AddStream(20, "", Encoding.ASCII.GetBytes(cmap));
        return Read(builder);
    }

    private static PageContent Read(string content, string resources) => Read(PdfBuilder.WithPage(content, resources));

    private static PageContent Read(PdfBuilder builder)
    {
        var document = PdfDocument.Open(builder.Build());
        return PageContentReader.Read(document, document.Pages[0]);
    }
}
