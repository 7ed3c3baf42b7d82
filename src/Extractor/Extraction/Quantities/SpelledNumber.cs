using System.Text.RegularExpressions;

namespace Extractor.Extraction.Quantities;

/// <summary>
/// Amounts written in words, as payment lines and gift values are: "sáu trăm nghìn đồng",
/// "một triệu hai trăm nghìn", "hai mươi lăm". Only read when a unit follows, because the
/// same words ("năm", "ba", "tư") are ordinary words elsewhere.
/// </summary>
internal static partial class SpelledNumber
{
    private static readonly Dictionary<string, int> Digits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["không"] = 0, ["một"] = 1, ["mốt"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4,
        ["năm"] = 5, ["lăm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    /// <summary>Spelled amounts followed by a unit, as mentions.</summary>
    public static IEnumerable<QuantityMention> Scan(string text)
    {
        // Nearly every text has no spelled amount; the regex is only worth running where a magnitude word occurs.
        if (!MagnitudeWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        foreach (Match m in Spelled().Matches(text))
        {
            var words = m.Groups["n"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unit = UnitLexicon.Match(text, m.Groups["u"].Index);
            if (unit is null || !words.Any(w => Magnitude(w) > 0 || w.Equals("mươi", StringComparison.OrdinalIgnoreCase) || w.Equals("mười", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var end = m.Groups["u"].Index + unit.Written.Length;
            yield return new QuantityMention(MentionKind.Quantity, m.Index, end, text[m.Index..end], Value(words), unit, NumberDoubt.None);
        }
    }

    private static readonly string[] MagnitudeWords = ["mươi", "mười", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"];

    public static decimal Value(IEnumerable<string> words)
    {
        decimal total = 0, group = 0, digit = 0;
        foreach (var word in words)
        {
            if (Digits.TryGetValue(word, out var d))
            {
                digit = d;
            }
            else if (word.Equals("mươi", StringComparison.OrdinalIgnoreCase))
            {
                group += digit * 10;
                digit = 0;
            }
            else if (word.Equals("mười", StringComparison.OrdinalIgnoreCase))
            {
                group += 10;
            }
            else if (word.Equals("trăm", StringComparison.OrdinalIgnoreCase))
            {
                group += digit * 100;
                digit = 0;
            }
            else if (Magnitude(word) is var magnitude and > 0)
            {
                total += (group + digit) * magnitude;
                group = digit = 0;
            }
        }

        return total + group + digit;
    }

    private static decimal Magnitude(string word) => word.ToLowerInvariant() switch
    {
        "nghìn" or "ngàn" => 1_000m,
        "triệu" => 1_000_000m,
        "tỷ" or "tỉ" => 1_000_000_000m,
        _ => 0,
    };

    // Number words, then the unit ("đồng"); "lẻ"/"linh" join hundreds to units ("một trăm lẻ năm").
    [GeneratedRegex(@"(?<!\p{N}\s?)(?<=^|\s|\()(?<n>(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|lẻ|linh)\s+)*)(?<u>\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();
}
