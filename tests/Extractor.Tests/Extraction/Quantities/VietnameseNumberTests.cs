using Extractor.Extraction.Quantities;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Quantities;

internal sealed class VietnameseNumberTests
{
    [TestCase("1.448,29", "1448.29", NumberDoubt.None)]
    [TestCase("3.644.374.691", "3644374691", NumberDoubt.None)]
    [TestCase("54.061,1", "54061.1", NumberDoubt.None)]
    [TestCase("0,86", "0.86", NumberDoubt.None)]
    [TestCase("98,8", "98.8", NumberDoubt.None)]
    [TestCase("1.122", "1122", NumberDoubt.None)]
    [TestCase("07", "7", NumberDoubt.None)]
    [TestCase("01", "1", NumberDoubt.None)]
    [TestCase("12000", "12000", NumberDoubt.None)]
    [TestCase("993,053", "993.053", NumberDoubt.AmbiguousSeparator)]
    [TestCase("9,142", "9.142", NumberDoubt.AmbiguousSeparator)]
    [TestCase("0,860", "0.860", NumberDoubt.None)]
    [TestCase("4.40.049", "440049", NumberDoubt.MalformedGrouping)]
    [TestCase("318.600.00", "318600000", NumberDoubt.MalformedGrouping)]
    [TestCase("1147.7", "1147.7", NumberDoubt.AmbiguousSeparator)]
    [TestCase("2,039,792,989", "2039792989", NumberDoubt.EnglishGrouping)]
    [TestCase("2,039,792.50", "2039792.50", NumberDoubt.EnglishGrouping)]
    [TestCase("12.34,5", "1234.5", NumberDoubt.MalformedGrouping)]
    public void Reads_the_value_a_reader_takes(string written, string value, NumberDoubt doubt)
    {
        var parsed = VietnameseNumber.Parse(written);
        Assert.That(parsed.Value, Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(parsed.Doubt, Is.EqualTo(doubt));
    }
}
