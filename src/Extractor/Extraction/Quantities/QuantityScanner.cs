using System.Text.RegularExpressions;

namespace Extractor.Extraction.Quantities;

/// <summary>
/// Finds the quantities in a text and leaves out what only looks like one: dates
/// ("14/7/2023", "ngày 30/6"), document numbers ("476/BC-UBND", "16/2021/NQ-HĐND"),
/// periods ("2021-2025"), years, ranks ("xếp thứ 05/11"), ordinals ("tiêu chí số 02",
/// "lần thứ 4", "mức 1"), durations ("6 tháng"), codes ("Km9+700", "Đá 1x2") and
/// enumerators ("(6)", "1." at the start).
/// </summary>
internal static partial class QuantityScanner
{
    // Words after which a number names or orders something rather than measuring it.
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ngày", "tháng", "năm", "quý", "số", "điều", "khoản", "lần", "khóa", "khoá", "mức", "thứ", "kỳ", "đợt", "hạng",
        "án", "phường", "tổ", "khu", "xóm", "độ", "tuyến", "quỹ", "lô", "nhóm", "phụ", "lục", "bảng", "biểu", "mẫu",
    };

    // A number followed by one of these is a duration or an age, never an indicator value here.
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tháng", "năm", "ngày", "giờ", "tuần", "quý", "tuổi", "phút", "giây",
    };

    public static IReadOnlyList<QuantityMention> Scan(string text)
    {
        var mentions = new List<QuantityMention>();
        var position = 0;
        while (true)
        {
            var token = NumberToken().Match(text, position);
            if (!token.Success)
            {
                mentions.AddRange(SpelledNumber.Scan(text));
                mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                return mentions;
            }

            var (mention, next) = Read(text, token);
            if (mention is not null)
            {
                mentions.Add(mention);
            }

            position = Math.Max(next, token.Index + token.Length);
        }
    }

    private static (QuantityMention? Mention, int Next) Read(string text, Match token)
    {
        var start = token.Index;
        var end = start + token.Length;

        if (IsCode(text, start, end) || IsEnumerator(text, start, end) || NamesSomething(text, start))
        {
            return (null, SkipSlashedTail(text, end));
        }

        // "476/BC-UBND", "635-CV/HU": a number joined to letters by a slash or dash is a document number.
        if (end + 1 < text.Length && text[end] is '/' or '-' && char.IsLetter(text[end + 1]))
        {
            return (null, SkipSlashedTail(text, end));
        }

        var slash = SlashedNumber().Match(text, end);
        if (slash.Success && slash.Index == end)
        {
            return ReadSlashed(text, token, slash);
        }

        var range = RangeTail().Match(text, end);
        if (range.Success && range.Index == end)
        {
            var second = range.Groups["n"];
            if (IsYear(token.Value) && IsYear(second.Value))
            {
                return (null, second.Index + second.Length);
            }

            var rangeUnit = UnitAfter(text, second.Index + second.Length, out var rangeEnd);
            if (rangeUnit is not null || PreviousWord(text, start).Equals("từ", StringComparison.OrdinalIgnoreCase))
            {
                var first = VietnameseNumber.Parse(token.Value);
                var last = VietnameseNumber.Parse(second.Value);
                return (new QuantityMention(MentionKind.Range, start, rangeEnd, text[start..rangeEnd], first.Value, rangeUnit,
                    first.Doubt | last.Doubt, last.Value), rangeEnd);
            }
        }

        var number = VietnameseNumber.Parse(token.Value);
        var unit = UnitAfter(text, end, out var unitEnd);
        if (unit is not null)
        {
            var kind = unit.Dimension == Dimension.Percent ? MentionKind.Percent : MentionKind.Quantity;
            return (new QuantityMention(kind, start, unitEnd, text[start..unitEnd], number.Value, unit, number.Doubt), unitEnd);
        }

        if (IsYear(token.Value) || TimeWords.Contains(NextWord(text, end)))
        {
            return (null, end);
        }

        return (new QuantityMention(MentionKind.Bare, start, end, token.Value, number.Value, null, number.Doubt), end);
    }

    /// <summary>"340/285 con", "10.084.045đ/12.000.000đ", "41/72" — unless it is a date, a document number or a rank.</summary>
    private static (QuantityMention? Mention, int Next) ReadSlashed(string text, Match token, Match slash)
    {
        var start = token.Index;
        var second = slash.Groups["n"];
        var secondEnd = second.Index + second.Length;
        var firstUnit = slash.Groups["u"].Success ? UnitLexicon.Match(text, SkipSpaces(text, slash.Groups["u"].Index)) : null;

        // "16/2021/NQ-HĐND", "476/BC-UBND", "14/7/2023": more slashes or letters follow.
        if (secondEnd < text.Length && (text[secondEnd] == '/' || text[secondEnd] == '-') || LooksLikeDate(token.Value, second.Value, text, start, secondEnd))
        {
            return (null, SkipSlashedTail(text, secondEnd));
        }

        if (PreviousWord(text, start) is "thứ" or "hạng" || PreviousWord(text, start).Equals("vị trí", StringComparison.OrdinalIgnoreCase))
        {
            return (null, secondEnd);
        }

        var actual = VietnameseNumber.Parse(token.Value);
        var secondUnit = UnitAfter(text, secondEnd, out var unitEnd);

        // "342 hộ/1.124 nhân khẩu": two counts of different things, not actual over plan.
        if (firstUnit is not null && secondUnit is not null && firstUnit.Canonical != secondUnit.Canonical)
        {
            var firstEnd = slash.Groups["u"].Index + slash.Groups["u"].Length;
            return (new QuantityMention(MentionKind.Quantity, start, firstEnd, text[start..firstEnd], actual.Value, firstUnit, actual.Doubt), firstEnd);
        }

        var unit = secondUnit ?? firstUnit;
        var end = secondUnit is null ? secondEnd : unitEnd;
        var plan = VietnameseNumber.Parse(second.Value);
        return (new QuantityMention(MentionKind.Ratio, start, end, text[start..end], actual.Value, unit, actual.Doubt | plan.Doubt, plan.Value), end);
    }

    /// <summary>"tiêu chí số 02", and each number of a list that follows it: "Điều 61, 62 và 73".</summary>
    private static bool NamesSomething(string text, int start)
    {
        for (var position = start; ;)
        {
            var previous = PreviousWord(text, position);
            if (NamingWords.Contains(previous) && !CountsRatherThanNames(text, position, previous))
            {
                return true;
            }

            // Only the few characters before the number matter ("61, ", "61 và "): look at a short window.
            var window = Math.Max(0, position - 24);
            var before = ListedNumberBefore().Match(text[window..position]);
            if (!before.Success)
            {
                return false;
            }

            position = window + before.Index;
        }
    }

    /// <summary>
    /// "tổng số 470 suất", "số lượng": "số" after "tổng" counts; "Quyết định số 470" names. A number written
    /// with a separator after "năm" is no year: "cây hằng năm 5.120 ha" measures.
    /// </summary>
    private static bool CountsRatherThanNames(string text, int position, string previous)
    {
        if (previous.Equals("năm", StringComparison.OrdinalIgnoreCase))
        {
            return SeparatedNumber().IsMatch(text, position);
        }

        if (!previous.Equals("số", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = text.LastIndexOf(previous, position - 1, StringComparison.OrdinalIgnoreCase);
        return before > 0 && PreviousWord(text, before).Equals("tổng", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeDate(string day, string month, string text, int start, int end)
    {
        if (!int.TryParse(day, out var d) || !int.TryParse(month, out var m) || d is < 1 or > 31 || m is < 1 or > 12)
        {
            return false;
        }

        // "30/6" after "ngày", "đến", "từ", or with no unit after it ("Quỹ 27/7"), is a date or a name.
        var before = PreviousWord(text, start).ToLowerInvariant();
        return before is "ngày" or "đến" or "từ" or "hết" or "trước" or "sau" or "quỹ" || UnitLexicon.Match(text, SkipSpaces(text, end)) is null;
    }

    private static UnitEntry? UnitAfter(string text, int position, out int end)
    {
        var at = SkipSpaces(text, position);
        var unit = at < text.Length ? UnitLexicon.Match(text, at) : null;
        end = unit is null ? position : at + unit.Written.Length;
        return unit;
    }

    /// <summary>"Km9", "NQ16", "QL.1B", "1x2", "Đá 1x2": part of a code, not a measurement.</summary>
    private static bool IsCode(string text, int start, int end) =>
        (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '+' or '.' or '-' && start > 1 && char.IsLetterOrDigit(text[start - 2])))
        || (end < text.Length && (text[end] == 'x' || text[end] == '+') && end + 1 < text.Length && char.IsDigit(text[end + 1]));

    /// <summary>"(6)" in a list, or "1." / "2)" opening a paragraph.</summary>
    private static bool IsEnumerator(string text, int start, int end) =>
        (start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')')
        || (start == 0 && end < text.Length && text[end] is '.' or ')' && (end + 1 == text.Length || text[end + 1] == ' '));

    private static bool IsYear(string token) =>
        token.Length == 4 && int.TryParse(token, out var y) && y is >= 1900 and <= 2100;

    private static int SkipSlashedTail(string text, int position)
    {
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '/' or '-' or '.'))
        {
            position++;
        }

        return position;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private static string PreviousWord(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static string NextWord(string text, int position)
    {
        var start = SkipSpaces(text, position);
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    // A run of digits with "." and "," between digit groups; never glued to a letter or digit before it.
    [GeneratedRegex(@"(?<![\p{N}])\d+(?:[.,]\d+)*")]
    private static partial Regex NumberToken();

    // "/285", " /30", "đ/12.000.000": the second number of a ratio, with the first number's unit between; only right after the first (\G).
    [GeneratedRegex(@"\G(?<u>\s?[\p{L}]{1,5})?\s?/\s?(?<n>\d+(?:[.,]\d+)*)")]
    private static partial Regex SlashedNumber();

    [GeneratedRegex(@"\G\d+[.,]\d")]
    private static partial Regex SeparatedNumber();

    // "61, " or "61 và " right before a number: an earlier member of the same list.
    [GeneratedRegex(@"\d+(?:,\s|\s(?:và|,)\s)$")]
    private static partial Regex ListedNumberBefore();

    // "-1,5", " - 2025", " đến 1,5": the end of a range.
    [GeneratedRegex(@"\G\s?(?:-|–|đến)\s?(?<n>\d+(?:[.,]\d+)*)")]
    private static partial Regex RangeTail();
}
