using Extractor.Extraction.Quantities;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Quantities;

/// <summary>
/// What the scanner sees below the records: mention kinds, range bounds, bare numbers, offsets and
/// text that yields no mention at all. What sentences give as records is in Extraction/Specs.
/// </summary>
public sealed class QuantityScannerTests
{
    private static List<string> Describe(string text) => QuantityScanner.Scan(text)
        .Select(m => $"{m.Kind} {Fmt(m.CanonicalValue)}{(m.CanonicalSecond is { } s ? "/" + Fmt(s) : "")} {m.Unit?.Canonical ?? "-"} [{m.Raw}]{(m.Doubt == NumberDoubt.None ? "" : " " + m.Doubt)}")
        .ToList();

    private static string Fmt(decimal d) => d.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void A_range_keeps_both_bounds_and_its_unit()
    {
        Assert.That(Describe("rộng từ 0,8 đến 1,5m, dày từ 8 đến 14cm"), Is.EqualTo(new[]
        {
            "Range 0.8/1.5 m [0,8 đến 1,5m]", "Range 8/14 cm [8 đến 14cm]",
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
