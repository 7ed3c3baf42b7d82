namespace Extractor.Pdf;

/// <summary>
/// Limits against hostile files and how lenient to be. Every limit, when hit, raises
/// <see cref="PdfLimitExceededException"/> whose <c>Limit</c> is the property name.
/// </summary>
public sealed record PdfReadOptions
{
    public static readonly PdfReadOptions Default = new();

    /// <summary>Highest number of indirect objects a file may declare or hold.</summary>
    public int MaxObjects { get; init; } = 1_000_000;

    /// <summary>Deepest nesting of arrays and dictionaries, and of the page tree.</summary>
    public int MaxNestingDepth { get; init; } = 100;

    /// <summary>Most bytes one stream may decode to.</summary>
    public long MaxDecodedStreamBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Most bytes a stream of PDF syntax (a page's or form's content, an object stream, a cross-reference stream) may
    /// decode to: far above what a page of a report draws, far below what an image may need, so that a bomb in a
    /// content or object stream stops at a size that costs neither memory nor time, whichever way the file was opened.
    /// </summary>
    public long MaxSyntaxStreamBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Most decoded bytes per encoded byte, checked once a stream passes <see cref="RatioCheckFloorBytes"/>.</summary>
    public int MaxDecompressionRatio { get; init; } = 1000;

    /// <summary>Decoded size below which the ratio is not checked: small streams cannot hurt, and tiny inputs have huge ratios legitimately.</summary>
    public long RatioCheckFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>Wall time for all work on one document, from opening on.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest chain of references to references followed before giving up.</summary>
    public int MaxReferenceDepth { get; init; } = 32;

    /// <summary>Password tried as the user password; encrypted government files usually open with the empty one.</summary>
    public string Password { get; init; } = "";

    /// <summary>When true, any repair the lenient reader would make raises <see cref="PdfCorruptException"/> instead.</summary>
    public bool Strict { get; init; }
}
