using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class SentenceEndTests
{
    [TestCase("Tổng thu ngân sách đạt 25.693 triệu đồng.", true)]
    [TestCase("Kết quả cụ thể như sau:", true)]
    [TestCase("- Sở Tài chính;", true)]
    [TestCase("Vì sao?", true)]
    [TestCase("Hoàn thành!", true)]
    [TestCase("và các đơn vị khác…", true)]
    [TestCase("(theo Kế hoạch số 72/KH-UBND)", true)]
    [TestCase("gọi là “xã nông thôn mới”", true)]
    [TestCase("gọi là \"xã nông thôn mới\"", true)]
    [TestCase("«Nông thôn mới»", true)]
    [TestCase("Tổng thu ngân sách trên địa bàn đạt", false, Description = "cut mid-sentence")]
    [TestCase("đạt 25.693 triệu đồng,", false)]
    [TestCase("72/KH-", false)]
    [TestCase("", false)]
    public void A_sentence_ends_with_a_closing_mark(string text, bool ends) =>
        Assert.That(SentenceEnd.Ends(text), Is.EqualTo(ends));
}
