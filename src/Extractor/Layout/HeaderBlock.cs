using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Layout;

/// <summary>
/// The lines above the body: issuing body, national motto, "Số: ...", place and date,
/// document type, subject ("V/v ..." or the title block) and a letter's "Kính gửi:" list.
/// Reads them into metadata the same way whatever format they came from.
/// </summary>
internal sealed partial class HeaderBlock
{
    private static readonly string[] DocumentTypes =
    [
        "BÁO CÁO", "THÔNG BÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", "TỜ TRÌNH", "CÔNG VĂN", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH",
        "HƯỚNG DẪN", "GIẤY MỜI", "BIÊN BẢN", "THAM LUẬN", "ĐỀ ÁN", "CHỈ THỊ", "KẾT LUẬN", "THÔNG TRI",
    ];

    private static readonly (string Code, string Type)[] NumberCodes =
    [
        ("BC", "báo cáo"), ("TB", "thông báo"), ("KH", "kế hoạch"), ("QĐ", "quyết định"), ("TTr", "tờ trình"),
        ("NQ", "nghị quyết"), ("CTr", "chương trình"), ("HD", "hướng dẫn"), ("GM", "giấy mời"), ("BB", "biên bản"),
        ("CT", "chỉ thị"), ("KL", "kết luận"),
    ];

    public required IReadOnlyList<string> Lines { get; init; }

    public string? TypeLine { get; init; }

    public IReadOnlyList<string> TitleLines { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public static bool IsTypeLine(string text) => DocumentTypes.Contains(text.Trim().ToUpperInvariant());

    public static bool IsMotto(string line) =>
        MottoPattern().IsMatch(line);

    /// <summary>Reads metadata; the closing and the body fill in what a header lacks.</summary>
    public ReportMetadata ToMetadata(string? closingFormula, Signer? signer, string bodyText)
    {
        var issuerLines = Lines.TakeWhile(l => !IsMotto(l))
            .Where(l => !NumberLine().IsMatch(l) && !DateLine().IsMatch(l) && !l.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var headerPlace = issuerLines.Select(PlaceName.FromHeaderLine).LastOrDefault(p => p is not null);
        var place = headerPlace
            ?? (closingFormula is null ? null : PlaceName.AfterPeoplesCommittee(closingFormula))
            ?? PlaceName.AfterPeoplesCommittee(bodyText);

        // "Số: 184 /BC-SNV": a signing service stamps the number into the blank before the slash.
        var numberMatch = Lines.Select(l => NumberLine().Match(l)).FirstOrDefault(m => m.Success);
        var number = numberMatch is null ? null : numberMatch.Groups["n"].Value + numberMatch.Groups["rest"].Value;
        var dateMatch = Lines.Select(l => DateLine().Match(l)).FirstOrDefault(m => m.Success);
        var date = DateOf(dateMatch);
        var dateYear = dateMatch is null ? (int?)null : int.Parse(dateMatch.Groups["y"].Value, CultureInfo.InvariantCulture);

        var subject = SubjectLines();
        var title = subject.Count == 0 ? null : TrailingNote().Replace(string.Join(' ', subject), "");
        var period = PeriodText.Find(title ?? "", dateYear)
            ?? (closingFormula is null ? null : PeriodText.Find(closingFormula, dateYear));

        return new ReportMetadata(
            TypeOf(number, subject),
            string.IsNullOrEmpty(number) ? null : number,
            date,
            IssuerOf(issuerLines, headerPlace),
            place,
            ProvinceOf(issuerLines, place, bodyText),
            period,
            title,
            signer,
            Recipients);
    }

    private List<string> SubjectLines()
    {
        if (TypeLine is not null)
        {
            return [.. TitleLines];
        }

        // A letter's subject: "V/v ..." and the lines that continue it, up to the place-date line.
        var start = Lines.ToList().FindIndex(l => l.StartsWith("V/v", StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return [];
        }

        // The subject runs from "V/v" to the place-date line; a "V/v" line that also holds the date or number stands alone.
        var lines = Lines.Skip(start + 1).TakeWhile(l => !DateLine().IsMatch(l) && !IsMotto(l) && !NumberLine().IsMatch(l)).Prepend(Lines[start]).ToList();
        lines[0] = lines[0][3..].TrimStart(' ', ':');
        return lines;
    }

    private string? TypeOf(string? number, IReadOnlyList<string> subject)
    {
        if (TypeLine is not null)
        {
            return TypeLine.Trim().ToLowerInvariant();
        }

        var code = number is null ? null : NumberCode().Match(number);
        if (code is { Success: true })
        {
            foreach (var (c, type) in NumberCodes)
            {
                if (code.Groups["code"].Value.Equals(c, StringComparison.OrdinalIgnoreCase))
                {
                    return type;
                }
            }
        }

        // An official letter states its subject with "V/v" and has no type line.
        return subject.Count > 0 || number is not null ? "công văn" : null;
    }

    private static string? IssuerOf(List<string> issuerLines, Place? place)
    {
        if (issuerLines.Count == 0)
        {
            return null;
        }

        var first = issuerLines[0].ToUpperInvariant();
        if (place is not null && (first.Contains("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) || first.Contains("UỶ BAN NHÂN DÂN", StringComparison.Ordinal) || first.StartsWith("UBND", StringComparison.Ordinal)))
        {
            return $"UBND {place}";
        }

        return string.Join(" - ", issuerLines);
    }

    private static string? ProvinceOf(List<string> issuerLines, Place? place, string bodyText)
    {
        if (place?.Level == PlaceLevel.Province)
        {
            return place.Name;
        }

        var fromHeader = issuerLines.Select(PlaceName.FromHeaderLine).FirstOrDefault(p => p?.Level == PlaceLevel.Province);
        return fromHeader?.Name ?? PlaceName.ProvinceMentions(bodyText).FirstOrDefault();
    }

    private static DateOnly? DateOf(Match? m)
    {
        if (m is null || !m.Groups["d"].Success)
        {
            return null;
        }

        var (d, mo, y) = (Int(m.Groups["d"].Value), Int(m.Groups["m"].Value), Int(m.Groups["y"].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*Số\s*:\s*(?<n>\d+(?=\s+/)|\S*)(?:\s+(?<rest>/\S+))?", RegexOptions.IgnoreCase)]
    public static partial Regex NumberLine();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})?\s*tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    public static partial Regex DateLine();

    [GeneratedRegex(@"C[ỘO]NG\s+H[ÒO][AÀ]\s+X[ÃA]\s+H[ỘO]I|Độc\s+lập\s*[-–]\s*Tự\s+do", RegexOptions.IgnoreCase)]
    private static partial Regex MottoPattern();

    // "(Trình kỳ họp thứ Bảy, ...)" under a title is a note on the occasion, not part of the subject.
    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"/(?<code>[\p{L}]+)-")]
    private static partial Regex NumberCode();
}
