using System.Globalization;

namespace Extractor.Store;

/// <summary>
/// A decimal as the store keeps it: its digits as text, without trailing zeros, so it reads
/// back exactly (a double would change 0.1 + 0.2 or any number of more than 15 digits) and the
/// same way on every path: 12.50 is stored and read as 12.5, 1500.0 as 1500.
/// </summary>
internal static class StoredNumber
{
    public static string Text(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    public static string? Text(decimal? value) => value is { } set ? Text(set) : null;

    public static decimal Parse(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The decimal <see cref="Parse"/> gives back for <paramref name="value"/>.</summary>
    public static decimal Normalized(decimal value) => Parse(Text(value));
}
