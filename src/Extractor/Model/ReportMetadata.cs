namespace Extractor.Model;

/// <summary>What the header block, title block and closing say about a document.</summary>
/// <param name="Type">Document type in lower case: "báo cáo", "thông báo", "công văn", "kế hoạch", ...</param>
/// <param name="Number">Document number as written after "Số:", e.g. "476/BC-UBND" or "/UBND-VP" in a draft.</param>
/// <param name="Date">Issue date; null when the day is left blank.</param>
/// <param name="Issuer">Issuing body, e.g. "UBND xã Bình Trung".</param>
/// <param name="Place">Administrative unit the report speaks for.</param>
/// <param name="Province">Province name ("Lạng Sơn"), or null when unknown.</param>
/// <param name="Recipients">"Kính gửi:" list of a letter.</param>
public sealed record ReportMetadata(
    string? Type,
    string? Number,
    DateOnly? Date,
    string? Issuer,
    Place? Place,
    string? Province,
    ReportPeriod? Period,
    string? Title,
    Signer? Signer,
    IReadOnlyList<string> Recipients)
{
    public static ReportMetadata Empty { get; } = new(null, null, null, null, null, null, null, null, null, []);

    /// <summary>Report year: the period's year, else the issue date's.</summary>
    public int? Year => Period?.Year ?? Date?.Year;
}

/// <summary>An administrative unit: level ("huyện", "xã", ...) and proper name ("Văn Quan").</summary>
public sealed record Place(PlaceLevel Level, string Name)
{
    /// <summary>As written in running text: "huyện Văn Quan".</summary>
    public override string ToString() => $"{Level.Word()} {Name}";
}

public enum PlaceLevel
{
    Province,
    City,
    District,
    ProvincialTown,
    Commune,
    Ward,
    Township,
}

internal static class PlaceLevelWords
{
    public static string Word(this PlaceLevel level) => level switch
    {
        PlaceLevel.Province => "tỉnh",
        PlaceLevel.City => "thành phố",
        PlaceLevel.District => "huyện",
        PlaceLevel.ProvincialTown => "thị xã",
        PlaceLevel.Commune => "xã",
        PlaceLevel.Ward => "phường",
        PlaceLevel.Township => "thị trấn",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}

/// <summary>
/// The period a report covers: "6 tháng đầu năm 2024" is months 1-6 of 2024,
/// "quý I/2024" months 1-3, "tháng 7/2023" month 7, "năm 2023" months 1-12.
/// </summary>
public sealed record ReportPeriod(string Label, int Year, int FirstMonth, int LastMonth);

/// <summary>Who signed: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "Hoàng Văn Thuận".</summary>
/// <param name="Capacity">Signing capacity line(s): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH".</param>
public sealed record Signer(string? Capacity, string? Title, string? Name);
