using System.Text;

namespace Extractor.Text;

/// <summary>
/// Text with every run of white space as one plain space (what <c>\s+</c> replaced by " " gives); the text itself when it
/// has no other, as most labels and names have none.
/// </summary>
internal static class SingleSpacedText
{
    public static string Of(string text)
    {
        var at = 0;
        while (at < text.Length && !OtherSpaceAt(text, at))
        {
            at++;
        }

        if (at == text.Length)
        {
            return text;
        }

        var spaced = new StringBuilder(text.Length).Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                spaced.Append(text[i]);
            }
            else if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
            {
                spaced.Append(' ');
            }
        }

        return spaced.ToString();
    }

    /// <summary>Whether white space other than one plain space starts at <paramref name="at"/>.</summary>
    private static bool OtherSpaceAt(string text, int at) =>
        char.IsWhiteSpace(text[at]) && (text[at] != ' ' || (at + 1 < text.Length && char.IsWhiteSpace(text[at + 1])));
}
