using System.Globalization;

namespace Extractor.Web;

/// <summary>Numbers as Vietnamese readers write them: "1.448,29" (the files keep '.' decimals for spreadsheets).</summary>
internal static class Numbers
{
    public static string Vietnamese(decimal number) =>
        new(number.ToString("#,##0.##########", CultureInfo.InvariantCulture).Select(c => c switch { ',' => '.', '.' => ',', _ => c }).ToArray());
}
