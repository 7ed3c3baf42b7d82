using Extractor.Extraction;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Labels;

/// <summary>
/// A label cleaned of asides, runs of white space and the linking words at its ends. The linking word at the end is sought
/// among the label's last three words only: the longest phrase there must still win, and a word the phrase needs before
/// it ("cấp", "mặt") must still keep it.
/// </summary>
public sealed class LabelCleaningTests
{
    [TestCase("sản lượng thu được", "sản lượng")]
    [TestCase("số hồ sơ giải quyết được", "số hồ sơ")]
    [TestCase("Tổng diện tích đến nay", "Tổng diện tích")]
    [TestCase("số xã đạt chuẩn xấp xỉ", "số xã đạt chuẩn")]
    [TestCase("tổng số vốn đã giải ngân đạt khoảng", "tổng số vốn đã giải ngân")]
    [TestCase("kinh phí hỗ trợ cấp trên", "kinh phí hỗ trợ cấp trên")]
    [TestCase("giải phóng mặt bằng", "giải phóng mặt bằng")]
    [TestCase("diện tích   gieo\ttrồng \n ước đạt", "diện tích gieo trồng")]
    [TestCase("và diện tích lúa (vụ mùa) là", "diện tích lúa")]
    [TestCase("số tiền tương đương", "số tiền tương đương")]
    public void A_label_loses_its_aside_its_extra_spaces_and_the_linking_words_at_its_ends(string label, string cleaned)
    {
        Assert.That(IndicatorLabel.Clean(label), Is.EqualTo(cleaned));
    }

    [Test]
    public void A_label_already_clean_is_given_back_as_it_is()
    {
        const string label = "diện tích gieo cấy lúa xuân";

        Assert.That(IndicatorLabel.Clean(label), Is.SameAs(label));
    }
}
