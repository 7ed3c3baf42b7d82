using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>Writes a list counter the way Word's number formats (<c>w:numFmt</c>) show it.</summary>
internal static class NumberFormats
{
    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>
    /// Formats <paramref name="value"/>. Formats Vietnamese reports do not use (ordinal words,
    /// East Asian counting) fall back to decimal rather than to nothing; "none" shows no number.
    /// </summary>
    public static string Format(int value, NumberFormatValues format) =>
        format == NumberFormatValues.None ? string.Empty
        : format == NumberFormatValues.UpperRoman ? Roman(value)
        : format == NumberFormatValues.LowerRoman ? Roman(value).ToLowerInvariant()
        : format == NumberFormatValues.UpperLetter ? Letter(value, 'A')
        : format == NumberFormatValues.LowerLetter ? Letter(value, 'a')
        : format == NumberFormatValues.DecimalZero && value is >= 0 and < 10 ? "0" + Decimal(value)
        : Decimal(value);

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Roman(int value)
    {
        // Word shows 0 and numbers past its Roman range in decimal.
        if (value is <= 0 or >= 4000)
        {
            return Decimal(value);
        }

        var text = new StringBuilder();
        foreach (var (step, numeral) in RomanNumerals)
        {
            for (; value >= step; value -= step)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }

    /// <summary>Word's letters after z repeat the letter: 27 is "aa", 28 "bb".</summary>
    private static string Letter(int value, char a) =>
        value <= 0 ? Decimal(value) : new string((char)(a + (value - 1) % 26), (value - 1) / 26 + 1);
}
