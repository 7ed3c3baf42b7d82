using Extractor.Extraction.Quantities;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Quantities;

public sealed class QuantityScannerTests
{
    private static List<string> Describe(string text) => QuantityScanner.Scan(text)
        .Select(m => $"{m.Kind} {Fmt(m.CanonicalValue)}{(m.CanonicalSecond is { } s ? "/" + Fmt(s) : "")} {m.Unit?.Canonical ?? "-"} [{m.Raw}]{(m.Doubt == NumberDoubt.None ? "" : " " + m.Doubt)}")
        .ToList();

    private static string Fmt(decimal d) => d.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Enumeration_of_crop_areas_with_percentages()
    {
        Assert.That(Describe("Vụ đông xuân: Cây lúa 1.448,29 ha, đạt 96% KH, bằng 98,8% CK; Cây ngô 1.436,98 ha, đạt 109,7% KH"), Is.EqualTo(new[]
        {
            "Quantity 1448.29 ha [1.448,29 ha]", "Percent 96 % [96%]", "Percent 98.8 % [98,8%]",
            "Quantity 1436.98 ha [1.436,98 ha]", "Percent 109.7 % [109,7%]",
        }));
    }

    [Test]
    public void Unit_glued_to_the_number()
    {
        Assert.That(Describe("được 4.659,9ha, đạt 102,7% KH; Cát cấp 78m³ đạt 42%KH; Đá 1x2 cấp 129m³; 2.355kg gạo"), Is.EqualTo(new[]
        {
            "Quantity 4659.9 ha [4.659,9ha]", "Percent 102.7 % [102,7%]", "Quantity 78 m³ [78m³]", "Percent 42 % [42%]",
            "Quantity 129 m³ [129m³]", "Quantity 2.355 tấn [2.355kg]",
        }));
    }

    [Test]
    public void Money_in_any_unit_becomes_millions_of_dong()
    {
        Assert.That(Describe("Tổng thu ngân sách nhà nước 3.644.374.691 đồng đạt 75,35% so với dự toán; doanh thu du lịch ước đạt trên 7 tỷ đồng; Quỹ vì người nghèo 1.080.000đ; 49.121 triệu đồng"), Is.EqualTo(new[]
        {
            "Quantity 3644.374691 triệu đồng [3.644.374.691 đồng]", "Percent 75.35 % [75,35%]",
            "Quantity 7000 triệu đồng [7 tỷ đồng]", "Quantity 1.08 triệu đồng [1.080.000đ]", "Quantity 49121 triệu đồng [49.121 triệu đồng]",
        }));
    }

    [Test]
    public void Ratios_of_actual_over_plan()
    {
        Assert.That(Describe("Tổng đàn trâu khoảng 340/285 con đạt 119% KH, đàn dê khoảng 280 /200 con"), Is.EqualTo(new[]
        {
            "Ratio 340/285 con [340/285 con]", "Percent 119 % [119%]", "Ratio 280/200 con [280 /200 con]",
        }));
        Assert.That(Describe("được 10.084.045đ/12.000.000đ đạt 84,033% kế hoạch"), Is.EqualTo(new[]
        {
            "Ratio 10.084045/12 triệu đồng [10.084.045đ/12.000.000đ]", "Percent 84.033 % [84,033%] AmbiguousSeparator",
        }));
        Assert.That(Describe("Kết quả giải ngân được 235,7/28.757 triệu đồng, đạt 0,86%KH"), Is.EqualTo(new[]
        {
            "Ratio 235.7/28757 triệu đồng [235,7/28.757 triệu đồng]", "Percent 0.86 % [0,86%]",
        }));
        Assert.That(Describe("kết quả 17/17 xã, thị trấn; giải quyết 6/6 đơn; đạt 12/19 tiêu chí"), Is.EqualTo(new[]
        {
            "Ratio 17/17 xã [17/17 xã]", "Ratio 6/6 đơn [6/6 đơn]", "Ratio 12/19 tiêu chí [12/19 tiêu chí]",
        }));
    }

    [Test]
    public void Counts_of_different_things_around_a_slash_are_two_quantities()
    {
        Assert.That(Describe("cứu đói 342 hộ/1.124 nhân khẩu"), Is.EqualTo(new[]
        {
            "Quantity 342 hộ [342 hộ]", "Quantity 1124 nhân khẩu [1.124 nhân khẩu]",
        }));
    }

    [Test]
    public void Ranges()
    {
        Assert.That(Describe("rộng từ 0,8 đến 1,5m, dày từ 8 đến 14cm"), Is.EqualTo(new[]
        {
            "Range 0.8/1.5 m [0,8 đến 1,5m]", "Range 8/14 cm [8 đến 14cm]",
        }));
    }

    [Test]
    public void Doubtful_numbers_keep_their_raw_text_and_a_flag()
    {
        Assert.That(Describe("số hộ cận nghèo là 4.40.049 hộ; tổng giá trị: 318.600.00đ"), Is.EqualTo(new[]
        {
            "Quantity 440049 hộ [4.40.049 hộ] MalformedGrouping", "Quantity 318.6 triệu đồng [318.600.00đ] MalformedGrouping",
        }));
    }

    [TestCase("Bình Trung, ngày 14 tháng 7 năm 2023")]
    [TestCase("tính đến ngày 30/6/2024, theo Quyết định 14/7/2023")]
    [TestCase("Báo cáo số 476/BC-UBND ngày 14/3/2024")]
    [TestCase("Nghị quyết số 16/2021/NQ-HĐND và NQ16/2021/NQ-HĐND, Nghị quyết số 111/2024/QH15")]
    [TestCase("Công văn số 635-CV/HU của Huyện ủy")]
    [TestCase("giai đoạn 2021-2025, nhiệm kỳ 2024 - 2029, năm học 2023-2024")]
    [TestCase("huyện xếp thứ 05/11 huyện, thành phố")]
    [TestCase("Tiêu chí số 02 Giao thông; tiêu chí số 04 Điện; Điều 61, 62 của Luật Đất đai 2013")]
    [TestCase("Đại hội lần thứ IV, lần thứ 4; Khóa XX; mức 1, mức 2")]
    [TestCase("Trong 6 tháng đầu năm 2024, trẻ dưới 3 tuổi")]
    [TestCase("đoạn Km9+700 - Km10+200 QL.1B, Đá 1x2")]
    [TestCase("Quỹ 27/7 và (6) Dự án")]
    [TestCase("Tiểu dự án 1 Dự án 3")]
    public void What_only_looks_like_a_number_is_not_a_quantity(string text)
    {
        Assert.That(Describe(text), Is.Empty);
    }

    [Test]
    public void A_number_without_a_unit_is_bare_so_later_stages_may_infer_it()
    {
        Assert.That(Describe("đã thực hiện giải ngân được 70.821 đạt 27,4% KH"), Is.EqualTo(new[]
        {
            "Bare 70821 - [70.821]", "Percent 27.4 % [27,4%]",
        }));
    }

    [Test]
    public void Spelled_amounts_followed_by_a_unit()
    {
        Assert.That(Describe("Quà của huyện 20 suất mỗi suất trị giá sáu trăm nghìn đồng chẵn"), Is.EqualTo(new[]
        {
            "Quantity 20 suất [20 suất]", "Quantity 0.6 triệu đồng [sáu trăm nghìn đồng]",
        }));
        Assert.That(Describe("tổng số tiền một triệu hai trăm năm mươi nghìn đồng"), Is.EqualTo(new[] { "Quantity 1.25 triệu đồng [một triệu hai trăm năm mươi nghìn đồng]" }));
        Assert.That(Describe("năm nay ba xã đạt chuẩn"), Is.Empty, "number words without a magnitude are ordinary words");
    }

    [TestCase("hai mươi lăm", "25")]
    [TestCase("một trăm lẻ năm", "105")]
    [TestCase("mười hai", "12")]
    [TestCase("sáu trăm nghìn", "600000")]
    [TestCase("hai tỷ ba trăm triệu", "2300000000")]
    public void Spelled_numbers(string words, string value)
    {
        Assert.That(SpelledNumber.Value(words.Split(' ')), Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Offsets_point_at_the_raw_text()
    {
        const string text = "Cây lúa 1.448,29 ha, đạt 96% KH";
        foreach (var m in QuantityScanner.Scan(text))
        {
            Assert.That(text[m.Start..m.End], Is.EqualTo(m.Raw));
        }
    }
}
