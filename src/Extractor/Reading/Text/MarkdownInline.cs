using System.Text.RegularExpressions;

namespace Extractor.Reading.Text;

/// <summary>One piece of a text paragraph: a run of text with its emphasis, a footnote reference or a line break.</summary>
internal abstract record InlinePiece;

internal sealed record TextPiece(string Text, bool Bold, bool Italic) : InlinePiece;

internal sealed record NoteRefPiece(int Number) : InlinePiece;

internal sealed record LineBreakPiece : InlinePiece;

/// <summary>
/// Parses the inline markup of report text: Markdown emphasis (* italic, ** bold, *** both)
/// and superscript footnote references ("¹²", "⁽¹⁹⁾"), while m² and m³ stay units.
/// A single "* " at the start of a paragraph is a bullet, kept as text.
/// </summary>
internal static partial class MarkdownInline
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The superscript "⁽" that opens a reference written "⁽¹⁹⁾".</summary>
    private const char OpeningParenthesis = '⁽';

    public static List<InlinePiece> Parse(string text)
    {
        var pieces = new List<InlinePiece>();
        var current = new System.Text.StringBuilder();
        bool bold = false, italic = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                pieces.Add(new TextPiece(current.ToString(), bold, italic));
                current.Clear();
            }
        }

        var i = 0;
        if (text.StartsWith("* ", StringComparison.Ordinal))
        {
            current.Append("* ");
            i = 2;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Flush();
                pieces.Add(new LineBreakPiece());
                i++;
                if (i + 1 < text.Length && text[i] == '*' && text[i + 1] == ' ')
                {
                    current.Append("* ");
                    i += 2;
                }

                continue;
            }

            if (c == '*')
            {
                var run = 1;
                while (i + run < text.Length && text[i + run] == '*')
                {
                    run++;
                }

                Flush();
                if (run != 2)
                {
                    italic = !italic;
                }

                if (run >= 2)
                {
                    bold = !bold;
                }

                i += run;
                continue;
            }

            // Only where a reference can start: a match sought from every character scanned the rest of the paragraph each time.
            if (c == OpeningParenthesis || SuperscriptDigits.Contains(c))
            {
                var reference = NoteReference().Match(text, i);
                if (reference.Success && reference.Index == i && !IsUnitExponent(text, i, reference.Value))
                {
                    Flush();
                    pieces.Add(new NoteRefPiece(SuperscriptValue(reference.Value)));
                    i += reference.Length;
                    continue;
                }
            }

            current.Append(c);
            i++;
        }

        Flush();
        return pieces;
    }

    /// <summary>The number written in superscript digits, ignoring the superscript parentheses.</summary>
    public static int SuperscriptValue(string marker)
    {
        var value = 0;
        foreach (var ch in marker)
        {
            var digit = SuperscriptDigits.IndexOf(ch);
            if (digit >= 0)
            {
                value = (value * 10) + digit;
            }
        }

        return value;
    }

    // m², m³, km², cm³: a unit, not a reference to note 2 or 3.
    private static bool IsUnitExponent(string text, int index, string marker) =>
        marker is "²" or "³" && index > 0 && text[index - 1] == 'm';

    [GeneratedRegex("⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")]
    private static partial Regex NoteReference();
}
