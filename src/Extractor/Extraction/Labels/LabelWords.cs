using Extractor.Extraction.Quantities;
using Extractor.Text;

namespace Extractor.Extraction.Labels;

/// <summary>A word a label may start or end on: as written, folded for the model, and the punctuation that stands against it.</summary>
/// <param name="Before">The punctuation just before the word ("," ":" "(" ...), '^' where its side of the quantity begins, else ' '.</param>
/// <param name="After">The punctuation just after it, else ' '.</param>
internal sealed record LabelWord(string Written, string Folded, char Before, char After)
{
    // Read once: the model looks at each word as a start and as an end.
    public bool Capital { get; } = char.IsUpper(Written[0]);

    public bool Digit { get; } = Written.Any(char.IsDigit);
}

/// <summary>
/// The words a quantity's label is chosen from, in text order: those before it in its clause (from the quantity before
/// it, asides in parentheses left out, at most <see cref="MostBefore"/>), then its unit's words and the words after it
/// to the clause's end, a parenthesis or the next number ("Xảy ra 15 vụ phạm pháp hình sự": "vụ phạm pháp hình sự").
/// A label is a run of them on one side of the number. The span the rules chose is kept, for the model to weigh.
/// </summary>
internal sealed class LabelWords
{
    private const int MostBefore = 25;
    private const int MostAfter = 10;

    // For each word, the first word a label ending on it may start on.
    private readonly int[] _earliest;

    private LabelWords(IReadOnlyList<LabelWord> words, int number, Dimension? dimension, string rulesLabel)
    {
        Words = words;
        Number = number;
        Dimension = dimension;
        RulesLabel = rulesLabel;
        Rules = Find(rulesLabel);
        _earliest = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            // No label runs across a colon or a semicolon: what stands before one heads or ends another part.
            _earliest[i] = i == 0 || i == number ? i : words[i - 1].After is ':' or ';' ? i : _earliest[i - 1];
        }
    }

    public IReadOnlyList<LabelWord> Words { get; }

    /// <summary>Where the number stands: words before it are [0, Number), its unit's and those after it [Number, Count).</summary>
    public int Number { get; }

    public Dimension? Dimension { get; }

    /// <summary>The label the rules read (<see cref="IndicatorLabel"/>).</summary>
    public string RulesLabel { get; }

    /// <summary>The words of the rules' label, [Start, End), when they are a run of these words.</summary>
    public (int Start, int End)? Rules { get; }

    /// <param name="from">Where the describing words begin (the clause, or the quantity before it in the clause).</param>
    public static LabelWords Around(string text, int from, QuantityMention mention, string rulesLabel)
    {
        var before = Split(text.AsSpan(from, mention.Start - from), stopAtNumber: false);
        if (before.Count > MostBefore)
        {
            before.RemoveRange(0, before.Count - MostBefore);
            before[0] = before[0] with { Before = '^' };
        }

        var unit = mention.Unit?.Written is { } written && written.Any(char.IsLetter) ? Split(written, stopAtNumber: false) : [];
        var after = Split(text.AsSpan(mention.End, Math.Min(text.Length - mention.End, 160)), stopAtNumber: true);
        if (unit.Count > 0 && after.Count > 0 && after[0].Before is not '^' and not ' ')
        {
            // "9 xã, thị trấn": the comma after the unit stands against the unit's last word.
            unit[^1] = unit[^1] with { After = after[0].Before };
        }

        var following = unit.Concat(after).Take(MostAfter).ToList();
        if (following.Count > 0)
        {
            following[0] = following[0] with { Before = '^' };
        }

        return new LabelWords([.. before, .. following], before.Count, mention.Unit?.Dimension, rulesLabel);
    }

    /// <summary>
    /// The first word a label ending on word <paramref name="last"/> may start on: a run stays on one side of the number
    /// and does not cross a colon or a semicolon.
    /// </summary>
    public int EarliestStart(int last) => _earliest[last];

    /// <summary>The label of words [start, end): as written, with the commas, colons and dashes between them.</summary>
    public string Text(int start, int end)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            text.Append(Words[i].Written);
            if (i + 1 < end)
            {
                text.Append(Words[i].After switch
                {
                    ',' or ':' or ';' => $"{Words[i].After} ",
                    '-' or '–' => $" {Words[i].After} ",
                    _ => " ",
                });
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Where a label stands among these words, compared folded, on one side of the number: the run nearest the number
    /// (the last before it, else the first after it); null when it is none.
    /// </summary>
    public (int Start, int End)? Find(string label)
    {
        var wanted = Split(label, stopAtNumber: false).Select(w => w.Folded).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        bool At(int i)
        {
            for (var k = 0; k < wanted.Count; k++)
            {
                if (Words[i + k].Folded != wanted[k])
                {
                    return false;
                }
            }

            return true;
        }

        for (var i = Number - wanted.Count; i >= 0; i--)
        {
            if (At(i))
            {
                return (i, i + wanted.Count);
            }
        }

        for (var i = Number; i + wanted.Count <= Words.Count; i++)
        {
            if (At(i))
            {
                return (i, i + wanted.Count);
            }
        }

        return null;
    }

    /// <summary>
    /// The words of a text with the punctuation around them; what stands in parentheses is left out. After a number, the
    /// words stop at the clause's end (";", ".", ":", a parenthesis) or before the next number.
    /// </summary>
    private static List<LabelWord> Split(ReadOnlySpan<char> text, bool stopAtNumber)
    {
        var words = new List<LabelWord>();
        var depth = 0;
        var before = '^';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '(' || c == ')' || depth > 0)
            {
                if (stopAtNumber && words.Count > 0)
                {
                    break;
                }

                depth = Math.Max(0, depth + (c == '(' ? 1 : c == ')' ? -1 : 0));
                before = '(';
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (stopAtNumber && c is ';' or '.' or ':')
                {
                    break;
                }

                before = c;
                if (words.Count > 0 && words[^1].After == ' ')
                {
                    words[^1] = words[^1] with { After = c };
                }

                i++;
                continue;
            }

            // A word runs to the next space or parenthesis; punctuation at its end stands after it ("tích:", "2022,").
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '(' and not ')')
            {
                end++;
            }

            var last = end;
            while (last > i && !char.IsLetterOrDigit(text[last - 1]) && text[last - 1] != '%')
            {
                last--;
            }

            var written = text[i..last].ToString();
            if (stopAtNumber && written.Any(char.IsDigit))
            {
                break;
            }

            var after = last < end ? text[last] : ' ';
            words.Add(new LabelWord(written, VietnameseFold.Key(written), before, after));
            before = after == ' ' ? ' ' : after;
            i = last < end ? last + 1 : end;
            if (stopAtNumber && after is ';' or '.' or ':')
            {
                break;
            }
        }

        return words;
    }
}
