using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

internal sealed class SectionLabelTests
{
    [TestCase("Phần I", LabelKind.Part, "Phần I", "")]
    [TestCase("PHẦN THỨ NHẤT", LabelKind.Part, "PHẦN THỨ NHẤT", "")]
    [TestCase("II. ĐÁNH GIÁ CÔNG TÁC", LabelKind.Roman, "II", "ĐÁNH GIÁ CÔNG TÁC")]
    [TestCase("1. Lĩnh vực kinh tế", LabelKind.Arabic, "1", "Lĩnh vực kinh tế")]
    [TestCase("1.1. Sản xuất nông - lâm nghiệp:", LabelKind.Decimal, "1.1", "Sản xuất nông - lâm nghiệp:")]
    [TestCase("1.2 Công tác xây dựng nông thôn mới", LabelKind.Decimal, "1.2", "Công tác xây dựng nông thôn mới")]
    [TestCase("a) Về sản xuất nông, lâm nghiệp", LabelKind.Letter, "a)", "Về sản xuất nông, lâm nghiệp")]
    [TestCase("4.1. Công tác Dân tộc: Tiếp tục", LabelKind.Decimal, "4.1", "Công tác Dân tộc: Tiếp tục")]
    public void Reads_labels_as_written(string text, LabelKind kind, string label, string rest)
    {
        Assert.That(SectionLabel.TryParse(text, out var parsed, out var after), Is.True);
        Assert.That((parsed.Kind, parsed.Text, after), Is.EqualTo((kind, label, rest)));
    }

    [TestCase("1.448,29 ha lúa")]
    [TestCase("14/7/2023 họp")]
    [TestCase("90 đại biểu tham dự")]
    [TestCase("V/v báo cáo")]
    [TestCase("IIII. not roman")]
    [TestCase("2021-2025 giai đoạn")]
    [TestCase("- Ngoài ra, phát động")]
    public void Numbers_dates_and_items_are_not_labels(string text)
    {
        Assert.That(SectionLabel.TryParse(text, out _, out _), Is.False);
    }

    [Test]
    public void Ranks_nest_parts_roman_arabic_decimal_letters()
    {
        string[] order = ["Phần I", "I.", "1.", "1.1.", "1.1.1.", "a)"];
        var ranks = order.Select(t => SectionLabel.TryParse(t, out var l, out _) ? l.Rank : -1).ToList();
        Assert.That(ranks, Is.Ordered.Ascending);
        Assert.That(ranks, Is.Unique);
    }
}
