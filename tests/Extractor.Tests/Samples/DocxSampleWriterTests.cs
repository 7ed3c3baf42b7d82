using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Samples;
using NUnit.Framework;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Tests.Samples;

/// <summary>The sample writer on a small hand-made document shaped like the commune report (seed 003).</summary>
public sealed class DocxSampleWriterTests
{
    private const string Harvest = "Thu hoạch khoai tây 4,5ha với sản lượng 46 tấn, ước giá trị trên 368 triệu đồng.";
    private static readonly int AfterHectares = Harvest.IndexOf("4,5ha", StringComparison.Ordinal) + 5;
    private static readonly int AfterTonnes = Harvest.IndexOf("tấn", StringComparison.Ordinal) + 3;
    private static readonly int Estimate = Harvest.IndexOf("ước", StringComparison.Ordinal);

    private const string Roads = "Hoàn thành bê tông hóa đường giao thông nông thôn các thôn bản.";

    private static readonly string[] SecondNote =
    [
        "Gồm các thôn Bản Chặng, Nà Thí.",
        "Trong đó vốn ngân sách tỉnh 1.200 triệu đồng.",
    ];

    private static readonly HashSet<string> AutoParts = ["PHẦN THỨ NHẤT"];

    private static RawDocument Document(bool withHeader = true)
    {
        var header = new[]
        {
            Styled("ỦY BAN NHÂN DÂN\nXÃ BÌNH TRUNG", new StyleSpan(16, 13, Bold: true, Italic: false)),
            Styled("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            Styled("Số: 476/BC-UBND"),
            Styled("Bình Trung, ngày 14 tháng 7 năm 2023"),
        };
        var body = new[]
        {
            Styled("BÁO CÁO"),
            Styled("Tình hình thực hiện kế hoạch 6 tháng đầu năm 2023"),
            Styled("PHẦN THỨ NHẤT"),
            Styled("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023"),
            Styled("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
            Styled("1. Lĩnh vực kinh tế"),
            new Paragraph(Harvest, [new FootnoteRef(1, AfterHectares), new FootnoteRef(2, AfterTonnes)], [new StyleSpan(Estimate, 3, Bold: false, Italic: true)], new SourceLocation(10)),
            Styled("2. Lĩnh vực văn hoá, xã hội"),
            Styled("1.1. Sản xuất nông nghiệp:"),
            Styled("III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"),
            new Paragraph(Roads, [new FootnoteRef(3, Roads.Length - 1)], [], new SourceLocation(14)),
            Styled("PHẦN THỨ HAI"),
            Styled("PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"),
            Styled("I. NHIỆM VỤ TRỌNG TÂM"),
            Styled("Nơi nhận:"),
            Styled("- UBND huyện;\n- Lưu: VT."),
            Styled("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", new StyleSpan(0, 28, Bold: true, Italic: false)),
            Styled("Hà Minh Phú"),
        };
        var footnotes = new[]
        {
            new Footnote(1, [Styled("Giống khoai tây Atlantic.")]),
            new Footnote(2, [Styled(SecondNote[0]), Styled(SecondNote[1])]),
            new Footnote(3, [Styled("Đạt 100% kế hoạch.")]),
        };
        var blocks = (withHeader ? header.Concat(body) : body).Select(p => (RawBlock)new RawParagraph(p)).ToList();
        return new RawDocument("hand-made.txt", blocks, footnotes, []);
    }

    private static Paragraph Styled(string text, params StyleSpan[] spans) => new(text, [], spans, new SourceLocation(0));

    private static byte[] Write(RawDocument document)
    {
        using var stream = new MemoryStream();
        DocxSampleWriter.Write(document, AutoParts, stream);
        return stream.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>A paragraph's text as its runs hold it (breaks as '\n') and where its footnote references sit.</summary>
    private static (string Text, List<(int Id, int Offset)> Refs) Read(W.Paragraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        var refs = new List<(int, int)>();
        foreach (var element in paragraph.Elements<W.Run>().SelectMany(r => r.ChildElements))
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.Break:
                    text.Append('\n');
                    break;
                case W.FootnoteReference f:
                    refs.Add(((int)f.Id!.Value, text.Length));
                    break;
            }
        }

        return (text.ToString(), refs);
    }

    private static List<W.Paragraph> BodyParagraphs(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();

    private static W.Paragraph BodyParagraph(WordprocessingDocument word, string text) =>
        BodyParagraphs(word).Single(p => Read(p).Text == text);

    private static List<W.Footnote> Notes(WordprocessingDocument word) =>
        word.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<W.Footnote>().Where(n => n.Type is null).ToList();

    /// <summary>Footnote ids in the order their references appear in the body, which is how Word numbers them.</summary>
    private static List<int> IdsByReference(WordprocessingDocument word) =>
        BodyParagraphs(word).SelectMany(p => Read(p).Refs.Select(r => r.Id)).ToList();

    private static string NoteText(W.Footnote note, int paragraph) => Read(note.Elements<W.Paragraph>().ElementAt(paragraph)).Text.TrimStart();

    [Test]
    public void Footnote_ids_are_not_sequential_and_notes_are_not_stored_in_reference_order()
    {
        using var word = Open(Write(Document()));
        var ids = IdsByReference(word);
        var separators = word.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<W.Footnote>()
            .Where(n => n.Type is not null).Select(n => ((int)n.Id!.Value, n.Type!.Value)).ToList();

        Assert.That(separators, Is.EqualTo(new[] { (-1, W.FootnoteEndnoteValues.Separator), (0, W.FootnoteEndnoteValues.ContinuationSeparator) }));
        Assert.That(ids, Has.Count.EqualTo(3).And.Unique);
        Assert.That(ids.Zip(ids.Skip(1)).All(pair => pair.Second != pair.First + 1), Is.True, "ids must not count up by one");
        Assert.That(ids.Select((id, i) => id != i + 1), Is.All.True, "an id must not be its note's number");
        Assert.That(Notes(word).Select(n => (int)n.Id!.Value), Is.Not.EqualTo(ids), "notes must not be stored in reference order");
    }

    [Test]
    public void Footnote_references_sit_at_their_offsets_and_point_at_their_notes()
    {
        using var word = Open(Write(Document()));
        var notes = Notes(word).ToDictionary(n => (int)n.Id!.Value);
        var ids = IdsByReference(word);

        Assert.That(Read(BodyParagraph(word, Harvest)).Refs.Select(r => r.Offset), Is.EqualTo(new[] { AfterHectares, AfterTonnes }));
        Assert.That(Read(BodyParagraph(word, Roads)).Refs.Select(r => r.Offset), Is.EqualTo(new[] { Roads.Length - 1 }));
        Assert.That(ids.Select(id => NoteText(notes[id], 0)),
            Is.EqualTo(new[] { "Giống khoai tây Atlantic.", SecondNote[0], "Đạt 100% kế hoạch." }).AsCollection);
    }

    [Test]
    public void A_multi_paragraph_footnote_keeps_all_its_paragraphs()
    {
        using var word = Open(Write(Document()));
        var second = Notes(word).Single(n => n.Id!.Value == IdsByReference(word)[1]);
        var paragraphs = second.Elements<W.Paragraph>().ToList();

        Assert.That(paragraphs.Select(p => Read(p).Text.TrimStart()), Is.EqualTo(SecondNote));
        Assert.That(paragraphs[0].Descendants<W.FootnoteReferenceMark>().Count(), Is.EqualTo(1));
        Assert.That(paragraphs.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value), Is.All.EqualTo("FootnoteText"));
    }

    [Test]
    public void Auto_numbered_headings_have_numbering_and_no_typed_label()
    {
        using var word = Open(Write(Document()));

        foreach (var (text, level) in new[] { ("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 0), ("Lĩnh vực kinh tế", 1), ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", 0) })
        {
            var numbering = BodyParagraph(word, text).ParagraphProperties?.NumberingProperties;
            Assert.That(numbering?.NumberingLevelReference?.Val?.Value, Is.EqualTo(level), text);
            Assert.That(numbering?.NumberingId?.Val?.Value, Is.Not.Null, text);
        }

        var typed = BodyParagraph(word, "I. NHIỆM VỤ TRỌNG TÂM");
        Assert.That(typed.ParagraphProperties?.NumberingProperties, Is.Null, "the second part keeps typed labels");
        Assert.That(BodyParagraph(word, "1.1. Sản xuất nông nghiệp:").ParagraphProperties?.NumberingProperties, Is.Null);
        Assert.That(typed.Elements<W.Run>().First().RunProperties?.Bold, Is.Not.Null, "headings are bold");
    }

    [Test]
    public void Automatic_labels_render_as_the_typed_ones()
    {
        var document = Document();
        using var word = Open(Write(document));
        var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var starts = numbering.Elements<W.NumberingInstance>().ToDictionary(
            n => n.NumberID!.Value,
            n => n.Elements<W.LevelOverride>().ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value));
        var levels = numbering.GetFirstChild<W.AbstractNum>()!.Elements<W.Level>()
            .ToDictionary(l => l.LevelIndex!.Value, l => (l.NumberingFormat!.Val!.Value, l.LevelText!.Val!.Value!));

        // Word's counting: each instance starts at its override; a level-0 paragraph restarts level 1.
        var counters = new Dictionary<(int NumId, int Level), int>();
        var rendered = new List<string>();
        foreach (var paragraph in BodyParagraphs(word))
        {
            if (paragraph.ParagraphProperties?.NumberingProperties is not { } props)
            {
                continue;
            }

            var numId = props.NumberingId!.Val!.Value;
            var level = props.NumberingLevelReference!.Val!.Value;
            counters[(numId, level)] = counters.TryGetValue((numId, level), out var n) ? n + 1 : starts[numId][level];
            if (level == 0)
            {
                counters.Remove((numId, 1));
            }

            var (format, template) = levels[level];
            var value = counters[(numId, level)];
            var label = template.Replace($"%{level + 1}", format == W.NumberFormatValues.UpperRoman ? RomanOf(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            rendered.Add(label + " " + Read(paragraph).Text);
        }

        Assert.That(rendered, Is.EqualTo(new[]
        {
            "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "1. Lĩnh vực kinh tế",
            "2. Lĩnh vực văn hoá, xã hội",
            "III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
        }));
    }

    private static string RomanOf(int value) => value switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    [Test]
    public void The_header_is_a_borderless_two_column_table_with_the_issuer_left_and_the_motto_right()
    {
        using var word = Open(Write(Document()));
        var table = word.MainDocumentPart!.Document.Body!.FirstChild as W.Table;

        Assert.That(table, Is.Not.Null, "the header table opens the body");
        Assert.That(table!.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Count(), Is.EqualTo(2));
        Assert.That(table.GetFirstChild<W.TableProperties>()!.TableBorders!.Elements<W.BorderType>().Select(b => b.Val!.Value),
            Is.All.EqualTo(W.BorderValues.None));
        Assert.That(CellTexts(table), Is.EqualTo(new[]
        {
            new[] { "ỦY BAN NHÂN DÂN\nXÃ BÌNH TRUNG", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" },
            new[] { "Số: 476/BC-UBND", "Bình Trung, ngày 14 tháng 7 năm 2023" },
        }));
        Assert.That(Read(BodyParagraphs(word)[0]).Text, Is.EqualTo("BÁO CÁO"));
    }

    [Test]
    public void Without_a_header_block_no_header_table_is_written()
    {
        using var word = Open(Write(Document(withHeader: false)));

        Assert.That(word.MainDocumentPart!.Document.Body!.FirstChild, Is.InstanceOf<W.Paragraph>());
        Assert.That(word.MainDocumentPart.Document.Body.Elements<W.Table>().Count(), Is.EqualTo(1), "only the closing table");
    }

    [Test]
    public void The_closing_puts_recipients_left_and_the_signature_right()
    {
        using var word = Open(Write(Document()));
        var closing = word.MainDocumentPart!.Document.Body!.Elements<W.Table>().Last();

        Assert.That(CellTexts(closing), Is.EqualTo(new[]
        {
            new[] { "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Minh Phú" },
        }));
    }

    [Test]
    public void Some_runs_are_split_inside_a_word_with_identical_formatting()
    {
        using var word = Open(Write(Document()));
        var splits = BodyParagraphs(word)
            .SelectMany(p => p.Elements<W.Run>().Zip(p.Elements<W.Run>().Skip(1)))
            .Where(pair => pair.First.GetFirstChild<W.Text>()?.Text is { Length: > 0 } left && char.IsLetter(left[^1])
                && pair.Second.GetFirstChild<W.Text>()?.Text is { Length: > 0 } right && char.IsLetter(right[0])
                && pair.First.RunProperties?.OuterXml == pair.Second.RunProperties?.OuterXml)
            .ToList();

        Assert.That(splits, Is.Not.Empty);
    }

    [Test]
    public void The_package_is_valid_and_the_same_bytes_on_every_run()
    {
        var bytes = Write(Document());
        using var word = Open(bytes);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.That(errors, Is.Empty);
        Assert.That(Write(Document()), Is.EqualTo(bytes));
    }

    private static string[][] CellTexts(W.Table table) =>
        table.Elements<W.TableRow>()
            .Select(row => row.Elements<W.TableCell>().Select(c => string.Join("\n", c.Elements<W.Paragraph>().Select(p => Read(p).Text))).ToArray())
            .ToArray();
}
