using System.Globalization;

namespace Extractor.Extraction.Quantities;

/// <summary>Why a written number's value is uncertain.</summary>
[Flags]
internal enum NumberDoubt
{
    None = 0,
    /// <summary>Digit groups of the wrong size ("4.40.049", "318.600.00"): the value is the digits read as one number.</summary>
    MalformedGrouping = 1,
    /// <summary>"9,142" or "1.5": a separator that could be a decimal mark or a thousands separator.</summary>
    AmbiguousSeparator = 2,
    /// <summary>"2,039,792,989": English-style grouping, as in scanned financial statements.</summary>
    EnglishGrouping = 4,
}

/// <summary>A number as written and the value a reader takes from it.</summary>
internal sealed record ParsedNumber(decimal Value, NumberDoubt Doubt);

/// <summary>
/// Reads numbers as Vietnamese reports write them: "." groups thousands and "," is the
/// decimal mark ("1.448,29" = 1448.29). Writers slip; a slip is flagged, never guessed silently.
/// </summary>
internal static class VietnameseNumber
{
    public static ParsedNumber Parse(string written)
    {
        var dots = written.Count(c => c == '.');
        var commas = written.Count(c => c == ',');
        if (dots == 0 && commas == 0)
        {
            return new(Digits(written), NumberDoubt.None);
        }

        if (commas == 0)
        {
            var groups = written.Split('.');
            if (groups.Skip(1).All(g => g.Length == 3) && groups[0].Length <= 3)
            {
                return new(Digits(written), NumberDoubt.None);
            }

            // "318.600.00": whole groups then a short last one — a dropped trailing zero, read padded.
            if (groups.Length > 2 && groups[0].Length <= 3 && groups[1..^1].All(g => g.Length == 3) && groups[^1].Length < 3)
            {
                return new(Digits(written + new string('0', 3 - groups[^1].Length)), NumberDoubt.MalformedGrouping);
            }

            // One dot without a group of three ("1.5", "0.8"): an English decimal point.
            return groups.Length == 2
                ? new(Decimal(groups[0], groups[1]), NumberDoubt.AmbiguousSeparator)
                : new(Digits(written), NumberDoubt.MalformedGrouping);
        }

        if (dots == 0)
        {
            var groups = written.Split(',');
            if (groups.Length > 2)
            {
                return groups.Skip(1).All(g => g.Length == 3)
                    ? new(Digits(written), NumberDoubt.EnglishGrouping)
                    : new(Digits(written), NumberDoubt.MalformedGrouping);
            }

            // "9,142": a decimal by the Vietnamese rule, but three digits after the comma may be
            // an English thousands separator; a leading zero ("0,860") cannot be.
            var doubt = groups[1].Length == 3 && groups[0] != "0" ? NumberDoubt.AmbiguousSeparator : NumberDoubt.None;
            return new(Decimal(groups[0], groups[1]), doubt);
        }

        var lastDot = written.LastIndexOf('.');
        var lastComma = written.LastIndexOf(',');
        if (lastComma > lastDot)
        {
            var integer = written[..lastComma];
            var fraction = written[(lastComma + 1)..];
            var wellGrouped = integer.Split('.') is var g && g[0].Length <= 3 && g.Skip(1).All(x => x.Length == 3);
            return new(Decimal(integer.Replace(".", "", StringComparison.Ordinal), fraction), wellGrouped ? NumberDoubt.None : NumberDoubt.MalformedGrouping);
        }

        // "2,039,792.50": English grouping with a decimal point.
        return new(Decimal(written[..lastDot].Replace(",", "", StringComparison.Ordinal), written[(lastDot + 1)..]), NumberDoubt.EnglishGrouping);
    }

    private static decimal Digits(string s) =>
        decimal.Parse(new string(s.Where(char.IsAsciiDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture);

    private static decimal Decimal(string integer, string fraction) =>
        decimal.Parse($"{Digits(integer)}.{fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
