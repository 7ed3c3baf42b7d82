using Extractor.Layout;
using NUnit.Framework;

namespace Extractor.Tests.Layout;

public sealed class PeriodTextTests
{
    [TestCase("Tình hình 6 tháng đầu năm; nhiệm vụ 6 tháng cuối năm 2024", "6 tháng đầu năm 2024", 2024, 1, 6)]
    [TestCase("tiến độ ... 06 tháng đầu năm 2022", "6 tháng đầu năm 2022", 2022, 1, 6)]
    [TestCase("Báo cáo 9 tháng đầu năm 2023", "9 tháng đầu năm 2023", 2023, 1, 9)]
    [TestCase("Kế hoạch 6 tháng cuối năm 2023", "6 tháng cuối năm 2023", 2023, 7, 12)]
    [TestCase("kết quả quý I/2024", "quý I/2024", 2024, 1, 3)]
    [TestCase("kết quả quý III năm 2024", "quý III/2024", 2024, 7, 9)]
    [TestCase("tình hình tháng 7 năm 2023", "tháng 7/2023", 2023, 7, 7)]
    [TestCase("tình hình tháng 11/2023", "tháng 11/2023", 2023, 11, 11)]
    [TestCase("tổng kết công tác năm 2023", "năm 2023", 2023, 1, 12)]
    public void Reads_the_period_from_a_subject_line(string subject, string label, int year, int first, int last)
    {
        var period = PeriodText.Find(subject, null);
        Assert.That(period, Is.Not.Null);
        Assert.That((period!.Label, period.Year, period.FirstMonth, period.LastMonth), Is.EqualTo((label, year, first, last)));
    }

    [Test]
    public void Period_without_a_year_takes_the_issue_year()
    {
        Assert.That(PeriodText.Find("báo cáo 6 tháng đầu năm", 2021)?.Label, Is.EqualTo("6 tháng đầu năm 2021"));
    }

    [Test]
    public void No_period_words_no_period()
    {
        Assert.That(PeriodText.Find("về việc tăng cường kỷ luật", 2024), Is.Null);
    }
}
