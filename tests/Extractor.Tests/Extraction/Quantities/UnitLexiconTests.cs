using Extractor.Extraction.Quantities;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Quantities;

internal sealed class UnitLexiconTests
{
    [TestCase("ha, đạt", "ha", "ha", Dimension.Area, "1")]
    [TestCase("m² sàn", "m²", "m²", Dimension.Area, "1")]
    [TestCase("tấn", "tấn", "tấn", Dimension.Mass, "1")]
    [TestCase("tạ thóc", "tạ", "tấn", Dimension.Mass, "0.1")]
    [TestCase("kg gạo", "kg", "tấn", Dimension.Mass, "0.001")]
    [TestCase("đồng đạt", "đồng", "triệu đồng", Dimension.Money, "0.000001")]
    [TestCase("đ;", "đ", "triệu đồng", Dimension.Money, "0.000001")]
    [TestCase("nghìn đồng", "nghìn đồng", "triệu đồng", Dimension.Money, "0.001")]
    [TestCase("triệu đồng,", "triệu đồng", "triệu đồng", Dimension.Money, "1")]
    [TestCase("trđ", "trđ", "triệu đồng", Dimension.Money, "1")]
    [TestCase("tỷ đồng", "tỷ đồng", "triệu đồng", Dimension.Money, "1000")]
    [TestCase("tạ/ha", "tạ/ha", "tạ/ha", Dimension.Yield, "1")]
    [TestCase("lượt người tham dự", "lượt người", "lượt người", Dimension.Count, "1")]
    [TestCase("lượt khám", "lượt", "lượt", Dimension.Count, "1")]
    [TestCase("HTX", "HTX", "HTX", Dimension.Count, "1")]
    [TestCase("m³ đạt", "m³", "m³", Dimension.Volume, "1")]
    [TestCase("kWh", "kWh", "kWh", Dimension.Energy, "1")]
    [TestCase("%KH", "%", "%", Dimension.Percent, "1")]
    [TestCase("đồng chí", "đồng chí", "đồng chí", Dimension.Count, "1")]
    public void Matches_the_longest_unit_with_its_canonical_form(string text, string written, string canonical, Dimension dimension, string factor)
    {
        var unit = UnitLexicon.Match(text, 0);
        Assert.That(unit, Is.Not.Null);
        Assert.That((unit!.Written, unit.Canonical, unit.Dimension, unit.Factor),
            Is.EqualTo((written, canonical, dimension, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase("đồng/kg", "đồng/kg")]
    [TestCase("nghìn đồng/bình gas", "nghìn đồng/bình")]
    public void Money_per_item_is_a_price_kept_as_written(string text, string canonical)
    {
        var unit = UnitLexicon.Match(text, 0);
        Assert.That((unit?.Canonical, unit?.Dimension, unit?.Factor), Is.EqualTo((canonical, Dimension.Price, 1m)));
    }

    [TestCase("mô hình")]
    [TestCase("hai")]
    [TestCase("hàng")]
    public void A_unit_must_end_on_a_word_boundary(string text)
    {
        Assert.That(UnitLexicon.Match(text, 0)?.Dimension, Is.Not.EqualTo(Dimension.Area).And.Not.EqualTo(Dimension.Length));
    }
}
