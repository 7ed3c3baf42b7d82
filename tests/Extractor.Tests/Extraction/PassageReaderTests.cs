using Extractor.Extraction;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>Real sentences from the seed reports and the quantities the rules must read from them.</summary>
public sealed class PassageReaderTests
{
    private static List<string> Read(string text) => PassageReader.Read(text).Select(q =>
        $"{F(q.Value)} {q.Unit}"
        + (q.PlanPercent is { } p ? $" KH={F(p)}" : "") + (q.SamePeriodPercent is { } y ? $" CK={F(y)}" : "")
        + (q.ChangePercent is { } c ? $" chg={F(c)}" : "") + (q.PlanValue is { } pv ? $" of={F(pv)}" : "")
        + (q.Estimate ? " est" : "") + (q.Cumulative ? " cum" : "") + (q.Approximate ? " approx" : "")
        + $" [{q.Indicator}]" + (q.Doubts.Count > 0 ? " doubt" : "")).ToList();

    private static string F(decimal d) => d.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Enumeration_gives_one_record_per_item_with_its_own_qualifiers()
    {
        Assert.That(Read("Vụ đông xuân: Cây lúa 1.448,29 ha, đạt 96% KH, bằng 98,8% CK; Cây ngô 1.436,98 ha, đạt 109,7% KH, bằng 100,4 % CK; Khoai lang 93,02 ha, đạt 86% KH"), Is.EqualTo(new[]
        {
            "1448.29 ha KH=96 CK=98.8 [Vụ đông xuân: Cây lúa]",
            "1436.98 ha KH=109.7 CK=100.4 [Vụ đông xuân: Cây ngô]",
            "93.02 ha KH=86 [Vụ đông xuân: Khoai lang]",
        }));
    }

    [Test]
    public void Estimate_and_label_cut_to_the_noun_phrase()
    {
        Assert.That(Read("Trong 6 tháng đầu năm, chỉ đạo các xã, thị trấn tập trung sản xuất vụ đông - xuân kịp thời, đúng tiến bộ, toàn huyện ước tính tổng diện tích gieo trồng vụ đông - xuân được 4.659,9ha, đạt 102,7% KH, bằng 101,2% so CK."), Is.EqualTo(new[]
        {
            "4659.9 ha KH=102.7 CK=101.2 est [tổng diện tích gieo trồng vụ đông - xuân]",
        }));
    }

    [Test]
    public void Budget_percentages_second_plan_percentage_is_its_own_record()
    {
        Assert.That(Read("Tổng thu ngân sách Nhà nước trên địa bàn (tính đến ngày 30/6/2024) được 18.290 triệu đồng đạt 76% dự toán Tỉnh giao, đạt 69% dự toán Huyện bằng 120% so CK. Tổng chi ngân sách Nhà nước được 334.208 triệu đồng đạt 42% so với dự toán giao, bằng 107% so với cùng kỳ."), Is.EqualTo(new[]
        {
            "18290 triệu đồng KH=76 CK=120 [Tổng thu ngân sách Nhà nước trên địa bàn]",
            "69 % KH [Tổng thu ngân sách Nhà nước trên địa bàn]",
            "334208 triệu đồng KH=42 CK=107 [Tổng chi ngân sách Nhà nước]",
        }));
    }

    [Test]
    public void Percentage_with_no_quantity_stands_alone()
    {
        Assert.That(Read("Tổng chi ngân sách đạt 22,93% dự toán tỉnh giao."), Is.EqualTo(new[] { "22.93 % KH [Tổng chi ngân sách]" }));
        Assert.That(Read("tỷ lệ che phủ rừng hiện nay đạt trên 62,5%."), Is.EqualTo(new[] { "62.5 % approx [tỷ lệ che phủ rừng]" }));
    }

    [Test]
    public void Change_against_the_same_period_is_not_a_ratio()
    {
        Assert.That(Read("Tổng đàn lợn 19.019 con, tăng 1,1% cùng kỳ; đàn gà 12.000 con, giảm 2% so với cùng kỳ."), Is.EqualTo(new[]
        {
            "19019 con chg=1.1 [Tổng đàn lợn con]",
            "12000 con chg=-2 [đàn gà con]",
        }));
    }

    [Test]
    public void Ratio_is_checked_against_its_percentage()
    {
        Assert.That(Read("Tổng đàn trâu khoảng 340/285 con đạt 119% KH"), Is.EqualTo(new[] { "340 con KH=119 of=285 approx [Tổng đàn trâu con]" }));
        Assert.That(Read("Kết quả giải ngân được 235,7/28.757 triệu đồng, đạt 0,86%KH."), Is.EqualTo(new[] { "235.7 triệu đồng KH=0.86 of=28757 [giải ngân] doubt" }));
        Assert.That(Read("Thu ngân sách trên địa bàn được 10.084.045đ/12.000.000đ đạt 84,033% kế hoạch huyện giao, đạt 76,39% Hội đồng nhân dân xã giao."), Is.EqualTo(new[]
        {
            "10.084045 triệu đồng KH=84.033 of=12 [Thu ngân sách trên địa bàn]",
            "76.39 % KH [Thu ngân sách trên địa bàn]",
        }));
    }

    [Test]
    public void Number_without_a_unit_takes_the_money_unit_stated_before_it_only_when_qualified()
    {
        Assert.That(Read("Tổng nguồn vốn đầu tư công năm 2024: 258.004 triệu đồng. Tính đến ngày 30/6/2024, đã thực hiện giải ngân được 70.821 đạt 27,4% KH."), Is.EqualTo(new[]
        {
            "258004 triệu đồng [Tổng nguồn vốn đầu tư công năm 2024]",
            "70821 triệu đồng KH=27.4 [thực hiện giải ngân] doubt",
        }));
        Assert.That(Read("Đập dâng sửa chữa 16 cái đạt 146%KH"), Is.Empty, "a count of an unknown unit keeps its percentage");
    }

    [Test]
    public void Money_per_item_is_a_price()
    {
        Assert.That(Read("trao tặng 200 suất quà, mỗi suất quà trị giá 600.000 đồng, tổng số tiền là 120 triệu đồng"), Is.EqualTo(new[]
        {
            "200 suất [trao tặng suất quà]",
            "600000 đồng/suất [suất quà]",
            "120 triệu đồng [tổng số tiền trao tặng suất quà]",
        }));
    }

    [Test]
    public void Equivalent_quantity_and_measure_words_take_their_subject_from_the_quantity_before()
    {
        Assert.That(Read("Nhân dân trồng được 308.930 cây, tương đương 461,86 ha"), Is.EqualTo(new[]
        {
            "308930 cây [Nhân dân trồng cây]",
            "461.86 ha [Nhân dân trồng cây]",
        }));
        Assert.That(Read("diện tích cây lúa xuân 108,94ha, sản lượng 523 tấn, đạt 104% kế hoạch"), Is.EqualTo(new[]
        {
            "108.94 ha [diện tích cây lúa xuân]",
            "523 tấn KH=104 [sản lượng cây lúa xuân]",
        }));
    }

    [Test]
    public void Cumulative_and_surplus()
    {
        Assert.That(Read("kè ao chứa nước tưới lũy kế 31 cái đạt 91%KH; lũy kế đến nay có 26 trường đạt chuẩn"), Is.EqualTo(new[] { "26 trường cum [trường]" }));
        Assert.That(Read("Phân đấu thu ngân sách vượt 10% dự toán huyện giao."), Is.Empty, "a surplus over plan is not a share of it");
    }

    [Test]
    public void Malformed_number_is_kept_with_a_doubt()
    {
        Assert.That(Read("Tổng số 470 suất, tổng giá trị: 318.600.00đ."), Is.EqualTo(new[]
        {
            "470 suất [Tổng số suất]",
            "318.6 triệu đồng [tổng giá trị suất] doubt",
        }));
    }
}
