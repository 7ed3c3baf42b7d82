using System.Text.RegularExpressions;
using Extractor.Records;

namespace Extractor.Extraction;

/// <summary>
/// Whether a stated figure is a result, an estimate, a target or a plan, from the words before it.
/// A target is a goal the reporting body sets out to reach ("Phấn đấu giải ngân đạt 100% kế hoạch
/// vốn", "mục tiêu 25.000 lượt khách"); a plan is a figure assigned by a plan or a budget, often by
/// a higher level ("dự toán tỉnh giao 30.000 triệu đồng", "Kế hoạch vốn bố trí là 14.000 triệu
/// đồng", "chỉ tiêu giao 45 người"). Neither is a result, even where "ước" stands earlier in the sentence.
/// </summary>
internal static partial class FigureKind
{
    /// <param name="clause">The clause's words before the figure, asides in parentheses left out: "phấn đấu" governs all of them.</param>
    /// <param name="words">The words that describe the figure (from the quantity before it in its clause): a plan word must stand there.</param>
    /// <param name="money">Whether the figure is money: "bố trí", "phân bổ" (allocated) then make it a plan.</param>
    /// <param name="estimate">Whether "ước" stands before it in its sentence.</param>
    public static RecordKind Read(string clause, string words, bool money, bool estimate)
    {
        if (Striving().IsMatch(clause) || Goal().IsMatch(words))
        {
            return RecordKind.Target;
        }

        if (Plan().IsMatch(words) || (money && Allocated().IsMatch(words)))
        {
            return RecordKind.Plan;
        }

        return estimate ? RecordKind.Estimate : RecordKind.Actual;
    }

    /// <summary>
    /// Whether the section titles around a passage set out what is to come ("MỤC TIÊU NĂM 2018", "PHƯƠNG HƯỚNG, NHIỆM VỤ
    /// NĂM 2020", "NHIỆM VỤ 6 THÁNG CUỐI NĂM"): a result or estimate stated there is a target, since such lists name no
    /// goal word of their own ("trồng rừng mới 7.000 ha"). Not "CÁC CHỈ TIÊU KINH TẾ": that heads the results as often
    /// as the targets.
    /// </summary>
    /// <param name="titles">The section titles, outermost first, " / " between them.</param>
    public static bool AheadIn(string titles) => titles.Split(" / ").Any(ForwardTitle().IsMatch);

    /// <summary>The kind of a figure in a passage <see cref="AheadIn"/> says sets out what is to come.</summary>
    public static RecordKind Ahead(RecordKind kind) => kind is RecordKind.Actual or RecordKind.Estimate ? RecordKind.Target : kind;

    [GeneratedRegex(@"^\s*(?:(?:một\s+số|các)\s+)?(?:mục\s+tiêu|phương\s+hướng|nhiệm\s+vụ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardTitle();

    // "Phân đấu" is a common misspelling in the reports.
    [GeneratedRegex(@"\b(?:phấn|phân)\s+đấu\b", RegexOptions.IgnoreCase)]
    private static partial Regex Striving();

    // "mục tiêu 76%", "(mục tiêu 25.000 lượt khách)"; not "Chương trình mục tiêu quốc gia" nor "hỗ trợ có mục tiêu" (names).
    // "chỉ tiêu đề ra 100%": a target set, not one assigned.
    [GeneratedRegex(@"(?:(?<!\bcó\s+)\bmục\s+tiêu\b(?!\s+quốc\s+gia)|\bchỉ\s+tiêu\s+đề\s+ra\b)" + Near, RegexOptions.IgnoreCase)]
    private static partial Regex Goal();

    // The plan word, not a percentage's qualifier ("đạt 96% KH"), a document ("Kế hoạch số 18/KH-UBND") nor family planning ("kế hoạch hóa gia đình").
    [GeneratedRegex(@"(?<!%\s*)(?:\bdự\s+toán|\bkế\s+hoạch|\bKH|\bchỉ\s+tiêu|\b(?:tỉnh|huyện|xã|được)\s+giao)\b(?!\s+(?:số|hóa|hoá)\b)" + Near, RegexOptions.IgnoreCase)]
    private static partial Regex Plan();

    [GeneratedRegex(@"\b(?:bố\s+trí|phân\s+bổ)\b" + Near, RegexOptions.IgnoreCase)]
    private static partial Regex Allocated();

    // At most ten words between the word and the figure ("Kế hoạch vốn đầu tư công năm 2019 do huyện quản lý 412.300 triệu đồng"), no punctuation, and none a result's verb ("đã giải ngân được").
    private const string Near = @"(?:\s+(?!(?:được|đạt|thực|giải|hoàn|ước|đã|tăng|giảm)\b)[^\s,;:()]+){0,10}\s*(?:là|:)?\s*$";
}
