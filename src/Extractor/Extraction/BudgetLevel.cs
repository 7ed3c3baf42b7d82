using System.Text.RegularExpressions;

namespace Extractor.Extraction;

/// <summary>
/// Which level assigned a plan or budget estimate: "76% dự toán Tỉnh giao" and "dự toán tỉnh giao
/// 30.000 triệu đồng" are "tỉnh giao"; "69% dự toán Huyện", "kế hoạch huyện giao" are "huyện giao";
/// "76,39% Hội đồng nhân dân xã giao" is "xã giao". The dimension budget_level.
/// </summary>
internal static partial class BudgetLevel
{
    /// <summary>The level named by the plan words right after a percentage of plan (from <paramref name="start"/>), or null.</summary>
    public static string? After(string text, int start)
    {
        var m = Qualifier().Match(text[start..Math.Min(text.Length, start + 80)]);
        return m.Success ? Name(m) : null;
    }

    /// <summary>The level named by a plan figure's own words ("dự toán tỉnh giao"), or null.</summary>
    public static string? In(string words)
    {
        var m = Named().Match(words);
        return m.Success ? Name(m) : null;
    }

    private static string Name(Match m) => $"{Regex.Replace(m.Groups["level"].Value.ToLowerInvariant(), @"\s+", " ")} giao";

    private const string Body = @"(?:(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+)?";

    private const string Level = @"(?<level>tỉnh|huyện|xã|thị\s+xã|thành\s+phố)\b";

    [GeneratedRegex(@"^\s*(?:so\s+(?:với\s+)?)?(?:(?:KH|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)\s+)?(?:năm\s+\d{4}\s+)?" + Body + Level, RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(?:KH|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)\s+(?:năm\s+\d{4}\s+)?" + Body + Level + @"|" + Level + @"\s+giao\b", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
