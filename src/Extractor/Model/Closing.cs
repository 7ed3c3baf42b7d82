namespace Extractor.Model;

/// <summary>
/// What follows the body and is not body content: the closing formula
/// ("Trên đây là báo cáo ... ./."), the "Nơi nhận:" list and the signature block lines.
/// </summary>
public sealed record Closing(string? Formula, IReadOnlyList<string> Recipients, IReadOnlyList<string> SignatureLines)
{
    public static Closing None { get; } = new(null, [], []);
}
