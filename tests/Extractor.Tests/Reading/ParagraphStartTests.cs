using Extractor.Reading;
using NUnit.Framework;

namespace Extractor.Tests.Reading;

public sealed class ParagraphStartTests
{
    [TestCase("- Sở Tài chính;", true)]
    [TestCase("– Tổng thu ngân sách", true)]
    [TestCase("II. NHIỆM VỤ TRỌNG TÂM", true)]
    [TestCase("1.2. Công tác xây dựng", true)]
    [TestCase("a) Về sản xuất nông nghiệp", true)]
    [TestCase("tiếp tục triển khai thực hiện", false)]
    [TestCase("25.693 triệu đồng, đạt 95%", false)]
    [TestCase("Ủy ban nhân dân huyện", false)]
    public void A_list_item_or_a_section_label_starts_a_paragraph_after_a_page_break(string text, bool starts) =>
        Assert.That(ParagraphStart.Opens(text), Is.EqualTo(starts));
}
