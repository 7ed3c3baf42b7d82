using NUnit.Framework;

namespace Extractor.Web.Tests;

public sealed class PeriodOrderTests
{
    [Test]
    public void Periods_of_a_year_stand_in_the_order_their_months_end()
    {
        string[] labels = ["năm 2023", "tháng 7/2023", "9 tháng năm 2023", "quý I/2023", "6 tháng đầu năm 2023", "6 tháng đầu năm 2022", "quý II/2023"];

        var ordered = labels.OrderBy(label => IndicatorPage.PeriodOrder(label, int.Parse(label[^4..], System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.That(ordered, Is.EqualTo(new[] { "6 tháng đầu năm 2022", "quý I/2023", "6 tháng đầu năm 2023", "quý II/2023", "tháng 7/2023", "9 tháng năm 2023", "năm 2023" }));
    }
}
