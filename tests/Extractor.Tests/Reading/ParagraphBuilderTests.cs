using Extractor.Model;
using Extractor.Reading;
using NUnit.Framework;

namespace Extractor.Tests.Reading;

public sealed class ParagraphBuilderTests
{
    [Test]
    public void Decomposed_marks_split_across_runs_compose_to_NFC()
    {
        var builder = new ParagraphBuilder();
        builder.Append("Thu\u0309");   // "thủ" decomposed: u + hook above
        builder.Append("\u0300y");     // a stray grave in the next run joins nothing: kept, composed where it can
        builder.Append(" y\u0309 tê\u0301");
        var text = builder.Build(new SourceLocation(0)).Text;
        Assert.That(text, Is.EqualTo("Thủ\u0300y ỷ tế"));
        Assert.That(text.IsNormalized(System.Text.NormalizationForm.FormC), Is.True);
    }

    [Test]
    public void Spaces_of_every_kind_collapse_and_zero_width_characters_vanish()
    {
        var builder = new ParagraphBuilder();
        builder.Append("  1.448,29\u00A0ha,\t đạt\u200B 96%\u00AD KH  ");
        Assert.That(builder.Build(new SourceLocation(0)).Text, Is.EqualTo("1.448,29 ha, đạt 96% KH"));
    }

    [Test]
    public void Footnote_reference_offsets_follow_the_normalised_text()
    {
        var builder = new ParagraphBuilder();
        builder.Append("  bằng   101,2%\u00A0so CK");
        builder.AppendFootnoteRef(2);
        builder.Append(". Chỉ  đạo");
        var p = builder.Build(new SourceLocation(3));
        Assert.That(p.Text, Is.EqualTo("bằng 101,2% so CK. Chỉ đạo"));
        Assert.That(p.FootnoteRefs, Is.EqualTo(new[] { new FootnoteRef(2, "bằng 101,2% so CK".Length) }));
        Assert.That(p.Location, Is.EqualTo(new SourceLocation(3)));
    }

    [Test]
    public void Bold_and_italic_spans_keep_their_place()
    {
        var builder = new ParagraphBuilder();
        builder.Append("4.1. ", bold: true);
        builder.Append("Công tác  Dân tộc:", bold: true);
        builder.Append(" Tiếp tục ");
        builder.Append("thực hiện", italic: true);
        var p = builder.Build(new SourceLocation(0));
        Assert.That(p.Text, Is.EqualTo("4.1. Công tác Dân tộc: Tiếp tục thực hiện"));
        Assert.That(p.Spans, Is.EqualTo(new[]
        {
            new StyleSpan(0, "4.1. Công tác Dân tộc:".Length, Bold: true, Italic: false),
            new StyleSpan("4.1. Công tác Dân tộc: Tiếp tục ".Length, "thực hiện".Length, Bold: false, Italic: true),
        }));
    }

    [Test]
    public void Line_breaks_stay_single_and_without_surrounding_spaces()
    {
        var builder = new ParagraphBuilder();
        builder.Append("ỦY BAN NHÂN DÂN ");
        builder.AppendLineBreak();
        builder.AppendLineBreak();
        builder.Append(" XÃ BÌNH TRUNG");
        builder.AppendLineBreak();
        Assert.That(builder.Build(new SourceLocation(0)).Text, Is.EqualTo("ỦY BAN NHÂN DÂN\nXÃ BÌNH TRUNG"));
    }

    [Test]
    public void Slicing_a_paragraph_moves_references_and_spans()
    {
        var builder = new ParagraphBuilder();
        builder.Append("1. Công tác: ", bold: true);
        builder.Append("Đã giải ngân");
        builder.AppendFootnoteRef(7);
        builder.Append(" xong");
        var rest = builder.Build(new SourceLocation(0)).From("1. Công tác:".Length);
        Assert.That(rest.Text, Is.EqualTo("Đã giải ngân xong"));
        Assert.That(rest.FootnoteRefs, Is.EqualTo(new[] { new FootnoteRef(7, "Đã giải ngân".Length) }));
        Assert.That(rest.Spans, Is.Empty);
    }

    [Test]
    public void A_page_break_offset_follows_the_normalised_text_and_a_split_takes_its_page_along()
    {
        var builder = new ParagraphBuilder();
        builder.Append("Lúa  1.448,29 ha,\u00A0 ");
        builder.StartPage(4);
        builder.Append(" ngô 74,6 ha");

        var paragraph = builder.Build(new SourceLocation(12, 3));

        Assert.That(paragraph.Text, Is.EqualTo("Lúa 1.448,29 ha, ngô 74,6 ha"));
        Assert.That(paragraph.PageBreaks, Is.EqualTo(new[] { new PageBreak("Lúa 1.448,29 ha, ".Length, 4) }));
        Assert.That((paragraph.PageAt(4), paragraph.PageAt(paragraph.Text.IndexOf("74,6", StringComparison.Ordinal))), Is.EqualTo((3, 4)));
        var before = paragraph.From(4);
        Assert.That((before.Location.Page, before.PageBreaks.Single().Offset), Is.EqualTo((3, "1.448,29 ha, ".Length)));
        var after = paragraph.From(paragraph.Text.IndexOf("ngô", StringComparison.Ordinal));
        Assert.That((after.Text, after.Location, after.PageBreaks.Count), Is.EqualTo(("ngô 74,6 ha", new SourceLocation(12, 4), 0)));
    }
}
