namespace Extractor.Text;

/// <summary>
/// How a sentence (or a heading with a colon, or a clause with a semicolon) ends: a page break
/// after such a line is likely a paragraph end, and a paragraph that does not end so was cut.
/// </summary>
internal static class SentenceEnd
{
    private const string Closers = ".;:!?…)”\"»";

    /// <summary>Whether <paramref name="text"/> ends with a full stop, a semicolon, a colon, a closing bracket or quote and the like.</summary>
    public static bool Ends(string text) => text.Length > 0 && Closers.Contains(text[^1], StringComparison.Ordinal);
}
