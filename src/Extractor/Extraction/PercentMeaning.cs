using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Extraction.Quantities;

namespace Extractor.Extraction;

/// <summary>What a percentage measures, read from the words around it.</summary>
public enum PercentKind
{
    /// <summary>Of plan or budget estimate: "đạt 96% KH", "76% dự toán tỉnh giao", "100% chỉ tiêu".</summary>
    Plan,
    /// <summary>Of the same period last year: "bằng 98,8% CK", "107% so với cùng kỳ".</summary>
    SamePeriod,
    /// <summary>A change: "tăng 1,1% cùng kỳ", "giảm 2%", "vượt 10% dự toán".</summary>
    Change,
    /// <summary>A rate in its own right: "tỷ lệ che phủ rừng đạt 62,5%".</summary>
    Rate,
}

internal static partial class PercentMeaning
{
    /// <returns>The kind, the signed value, and whether a change is a surplus over the plan ("vượt 13% kế hoạch", "vượt 10,6% kế hoạch tỉnh giao").</returns>
    public static (PercentKind Kind, decimal Value, bool OverPlan) Read(string text, QuantityMention percent)
    {
        // The words that qualify a percentage stand right next to it: read short windows, not the whole text.
        var before = text[Math.Max(0, percent.Start - 40)..percent.Start];
        var qualifier = Qualifier().Match(text[percent.End..Math.Min(text.Length, percent.End + 80)]);
        var change = ChangeBefore().Match(before);
        if (change.Success)
        {
            var direction = change.Groups["dir"].Value;
            return (PercentKind.Change, direction.StartsWith("giảm", StringComparison.OrdinalIgnoreCase) ? -percent.Value : percent.Value,
                direction.StartsWith("vượt", StringComparison.OrdinalIgnoreCase) && qualifier.Groups["plan"].Success);
        }

        if (qualifier.Success)
        {
            return (qualifier.Groups["plan"].Success ? PercentKind.Plan : PercentKind.SamePeriod, percent.Value, false);
        }

        return (PercentKind.Rate, percent.Value, false);
    }

    /// <summary>Decimal places written in a percentage ("84,033%" has 3), for checking a ratio against it.</summary>
    public static int DecimalsWritten(QuantityMention percent)
    {
        var comma = percent.Raw.IndexOfAny([',', '.']);
        return comma < 0 ? 0 : percent.Raw.TakeWhile(c => c != '%').Count() - comma - 1;
    }

    /// <summary>actual/plan as a percentage agrees with the written one to its last written digit.</summary>
    public static bool Agrees(decimal actual, decimal plan, QuantityMention percent)
    {
        if (plan == 0)
        {
            return false;
        }

        var computed = actual / plan * 100;
        var unit = (decimal)Math.Pow(10, -DecimalsWritten(percent));
        return Math.Abs(computed - percent.Value) <= unit;
    }

    public static string Format(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    // "KH", "kế hoạch", "dự toán (tỉnh/huyện) giao", "chỉ tiêu", with "so với"/"so" before them; "CK", "cùng kỳ".
    // ... or an assigning body: "76,39% Hội đồng nhân dân xã giao", "% tỉnh giao".
    [GeneratedRegex(@"^\s*(?:so\s+(?:với\s+)?)?(?:(?<plan>KH\b|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|(?:[\p{L}&]+\s+){1,6}giao\b)|(?<ck>CK\b|cùng\s+kỳ))", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    // "vượt 10% dự toán" is a surplus over the plan, not a share of it: read like a change.
    [GeneratedRegex(@"(?<dir>tăng|giảm|vượt)(?:\s+\p{L}+){0,1}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();
}
