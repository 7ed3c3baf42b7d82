using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Layout;

/// <summary>Recognises administrative units as written in headers and running text.</summary>
internal static partial class PlaceName
{
    /// <summary>"XÃ BÌNH TRUNG", "HUYỆN VĂN QUAN", "UBND TỈNH LẠNG SƠN" (a header line, any case).</summary>
    public static Place? FromHeaderLine(string line)
    {
        var m = HeaderLine().Match(line.Trim());
        return m.Success ? new Place(LevelOf(m.Groups["level"].Value), TitleCase(m.Groups["name"].Value)) : null;
    }

    /// <summary>The first "UBND huyện Văn Quan" / "Ủy ban nhân dân xã Bình Trung" in running text.</summary>
    public static Place? AfterPeoplesCommittee(string text)
    {
        var m = CommitteeMention().Match(text);
        return m.Success ? new Place(LevelOf(m.Groups["level"].Value), m.Groups["name"].Value) : null;
    }

    /// <summary>Province names mentioned as "tỉnh Lạng Sơn", most frequent first.</summary>
    public static IEnumerable<string> ProvinceMentions(string text) => ProvinceMention().Matches(text)
        .GroupBy(m => m.Groups["name"].Value)
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key);

    /// <summary>"BÌNH TRUNG" -> "Bình Trung".</summary>
    public static string TitleCase(string upper) => string.Join(' ', upper
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static PlaceLevel LevelOf(string word) => word.ToLowerInvariant() switch
    {
        "tỉnh" => PlaceLevel.Province,
        "thành phố" or "tp" or "tp." => PlaceLevel.City,
        "huyện" => PlaceLevel.District,
        "thị xã" => PlaceLevel.ProvincialTown,
        "thị trấn" => PlaceLevel.Township,
        "xã" => PlaceLevel.Commune,
        "phường" => PlaceLevel.Ward,
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, "not a level of administration"),
    };

    private const string Levels = "thành phố|thị xã|thị trấn|huyện|tỉnh|xã|phường";

    [GeneratedRegex(@"^(?:(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+)?(?<level>" + Levels + @")\s+(?<name>\p{L}+(?:\s+\p{L}+){0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN)\s+(?<level>" + Levels + @")\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})")]
    private static partial Regex CommitteeMention();

    [GeneratedRegex(@"\btỉnh\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})")]
    private static partial Regex ProvinceMention();
}
