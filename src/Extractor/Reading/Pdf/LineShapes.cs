namespace Extractor.Reading.Pdf;

/// <summary>What the text of a line says about paragraph boundaries.</summary>
internal static class LineShapes
{
    /// <summary>"- ...", "+ ...", "• ...": an item of a list starts a paragraph even without an indent.</summary>
    public static bool StartsListItem(string text) =>
        text.Length > 1 && "-+*•–".Contains(text[0]) && (text[1] == ' ' || char.IsLetter(text[1]));

    /// <summary>The line ends a sentence (or a heading with a colon), so a page break after it is likely a paragraph end.</summary>
    public static bool EndsSentence(string text) =>
        text.Length > 0 && ".;:!?…)”\"»".Contains(text[^1]);
}
