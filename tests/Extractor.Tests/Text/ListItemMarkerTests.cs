using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class ListItemMarkerTests
{
    [TestCase("- Sở Tài chính;", true)]
    [TestCase("+ Huyện ủy;", true)]
    [TestCase("* Tổng thu ngân sách", true)]
    [TestCase("• Lưu: VT.", true)]
    [TestCase("– Sở Tài chính;", true, Description = "the en dash a word processor makes of a typed hyphen")]
    [TestCase("-Sở Tài chính;", true, Description = "a letter right after the marker")]
    [TestCase("-5% so với cùng kỳ", false, Description = "a sign before a number")]
    [TestCase("- ", true)]
    [TestCase("-", false)]
    [TestCase("", false)]
    [TestCase("Sở Tài chính;", false)]
    [TestCase("1. Lĩnh vực kinh tế", false)]
    [TestCase("a) Về sản xuất", false)]
    public void A_list_item_starts_with_a_marker_then_a_space_or_a_letter(string text, bool starts) =>
        Assert.That(ListItemMarker.Starts(text), Is.EqualTo(starts));

    [TestCase("- Sở Tài chính;", "Sở Tài chính;")]
    [TestCase("–  Sở Tài chính;", "Sở Tài chính;")]
    [TestCase("  + UBND các xã;", "UBND các xã;")]
    [TestCase("•Lưu: VT.", "Lưu: VT.")]
    [TestCase("Sở Tài chính;", "Sở Tài chính;")]
    [TestCase("-5%", "-5%")]
    public void Stripping_takes_off_the_marker_and_the_spaces(string line, string item) =>
        Assert.That(ListItemMarker.Strip(line), Is.EqualTo(item));
}
