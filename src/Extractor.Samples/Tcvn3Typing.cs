using System.Text;
using Extractor.Reading.LegacyText;

namespace Extractor.Samples;

/// <summary>
/// How an office on TCVN3 fonts types Unicode text: in ".VnTime", except words in capitals that have a
/// Vietnamese letter, and capitals TCVN3 has no code for, which go lower-case in ".VnTimeH", which draws them as capitals.
/// </summary>
internal static class Tcvn3Typing
{
    /// <summary><paramref name="text"/> as stretches of TCVN3 codes in the order of the text, each for the normal or the H font.</summary>
    public static IEnumerable<(string Codes, bool Capitals)> Type(string text) =>
        Stretches(text).Select(s => (Tcvn3.Encode(s.Capitals ? s.Text.ToLowerInvariant() : s.Text), s.Capitals));

    /// <summary>The text cut into stretches for the normal and the H font; spaces and punctuation go with the stretch before them.</summary>
    private static List<(string Text, bool Capitals)> Stretches(string text)
    {
        var stretches = new List<(string Text, bool Capitals)>();
        var current = new StringBuilder();
        var capitals = false;
        for (var i = 0; i < text.Length; i++)
        {
            var wanted = char.IsLetter(text[i]) ? InCapitalsFont(text, i) : capitals;
            if (wanted != capitals && current.Length > 0)
            {
                stretches.Add((current.ToString(), capitals));
                current.Clear();
            }

            capitals = wanted;
            current.Append(text[i]);
        }

        stretches.Add((current.ToString(), capitals));
        return stretches;
    }

    private static bool InCapitalsFont(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[start..end];
        return Tcvn3.NeedsCapitalsFont(text[at]) || (word.All(char.IsUpper) && word.Any(c => c >= 0x80));
    }
}
