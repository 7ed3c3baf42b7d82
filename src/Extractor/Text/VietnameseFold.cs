using System.Buffers;
using System.Globalization;
using System.Text;

namespace Extractor.Text;

/// <summary>
/// Text as the search index sees it: lower case, every character that is not a letter or a
/// digit turned into a space, and either all diacritics removed (đ becoming d, ệ becoming e)
/// or, in exact mode, diacritics kept with the tone mark moved to one canonical vowel so the
/// old and new placements ("hoà"/"hòa", "thuỷ"/"thủy") index alike.
/// </summary>
/// <remarks>
/// Stock tokenizers fold otherwise (đ kept, letters with two marks such as ệ, ế, ộ left
/// unfolded, numbers kept whole). Indexed text and queries both go through here, and
/// the same word boundaries hold on both sides because separators become plain spaces.
/// </remarks>
internal static class VietnameseFold
{
    private const char Drop = '\0';

    // One entry per UTF-16 code unit: the folded character, ' ' for a separator, Drop for a combining mark.
    private static readonly char[] FoldTable = BuildFoldTable();

    public static string Fold(string text, bool exact = false) => exact ? Run(text, exact, offsets: false).Text : Folded(text);

    /// <summary>The folded text with, for each of its characters, the span of the original it came from.</summary>
    public static FoldedText FoldWithOffsets(string text, bool exact = false) => Run(text, exact, offsets: true);

    /// <summary>
    /// A name or unit for comparing: folded, symbols kept, spaces collapsed. "huyện  Văn Quan" is
    /// "huyen van quan", "% KH" is "% kh", "triệu đồng" is "trieu dong".
    /// </summary>
    public static string Key(string text)
    {
        // Folded into the stack, one string made: keys are read for every word a label may hold.
        var key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = char.IsWhiteSpace(c) ? ' ' : FoldTable[c] == ' ' ? c : FoldTable[c];
            if (folded != Drop && !(folded == ' ' && (length == 0 || key[length - 1] == ' ')))
            {
                key[length++] = folded;
            }
        }

        return new string(key[..(length > 0 && key[length - 1] == ' ' ? length - 1 : length)]);
    }

    /// <summary>
    /// Folded with no offsets kept: a character at a time through the table into one buffer (the same text as
    /// <see cref="Run"/> makes, without its builder: every passage indexed is folded here).
    /// </summary>
    private static string Folded(string text)
    {
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        foreach (var c in text)
        {
            var folded = FoldTable[c];
            if (folded != Drop)
            {
                buffer[length++] = folded;
            }
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// The folded words (diacritics removed) one space apart, with one space before the first and after the last, so that
    /// " phrase " is found on word boundaries: "Diện tích, gieo trồng" is " dien tich gieo trong ", a text without
    /// words two spaces.
    /// </summary>
    public static string Spaced(string text)
    {
        var spaced = text.Length < 256 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        var length = 0;
        spaced[length++] = ' ';
        foreach (var c in text)
        {
            var folded = FoldTable[c];
            if (folded != Drop && !(folded == ' ' && spaced[length - 1] == ' '))
            {
                spaced[length++] = folded;
            }
        }

        if (spaced[length - 1] != ' ' || length == 1)
        {
            spaced[length++] = ' ';
        }

        return new string(spaced[..length]);
    }

    /// <summary>The words of <paramref name="text"/> folded (with diacritics kept when <paramref name="exact"/>), as the search index and the query parser take them.</summary>
    public static IEnumerable<string> FoldedWords(string text, bool exact = false)
    {
        var folded = Fold(text, exact);
        return Words(folded).Select(w => folded[w.Start..w.End]);
    }

    /// <summary>The words of folded text (what the search index and the query parser both take as words): [Start, End) pairs.</summary>
    public static IEnumerable<(int Start, int End)> Words(string folded)
    {
        for (var word = NextWord(folded, 0); word.Start < word.End; word = NextWord(folded, word.End))
        {
            yield return word;
        }
    }

    /// <summary>The first word of folded text at or after <paramref name="from"/>; an empty span at its end when none is left.</summary>
    public static (int Start, int End) NextWord(string folded, int from)
    {
        var start = from;
        while (start < folded.Length && folded[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < folded.Length && folded[end] != ' ')
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Letters, digits and private-use characters make words: unicode61's default categories "L* N* Co".</summary>
    internal static bool IsWordCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static FoldedText Run(string text, bool exact, bool offsets)
    {
        var output = new StringBuilder(text.Length);
        var starts = offsets ? new List<int>(text.Length) : null;
        var ends = offsets ? new List<int>(text.Length) : null;
        var i = 0;
        while (i < text.Length)
        {
            if (!exact || !IsWordCharacter(text[i]))
            {
                var folded = exact ? (IsMark(text[i]) ? Drop : ' ') : FoldTable[text[i]];
                if (folded != Drop)
                {
                    output.Append(folded);
                    starts?.Add(i);
                    ends?.Add(i + 1);
                }
                else if (ends is { Count: > 0 } && ends[^1] == i)
                {
                    ends[^1] = i + 1; // an NFD mark belongs to the letter before it
                }

                i++;
                continue;
            }

            // Exact mode works a syllable at a time: tone placement is a property of the syllable.
            var start = i;
            while (i < text.Length && (IsWordCharacter(text[i]) || IsMark(text[i])))
            {
                i++;
            }

            var before = output.Length;
            TonePlacement.Append(text.AsSpan(start, i - start), output);
            var length = output.Length - before;
            for (var k = 0; k < length && starts is not null && ends is not null; k++)
            {
                // NFC keeps the length of NFC input (the usual case), so characters map one to one;
                // otherwise the whole syllable maps to the whole original syllable.
                var sameLength = length == i - start;
                starts.Add(sameLength ? start + k : start);
                ends.Add(sameLength ? start + k + 1 : i);
            }
        }

        return new FoldedText(output.ToString(), starts?.ToArray() ?? [], ends?.ToArray() ?? []);
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            table[code] = char.IsSurrogate(c) ? ' '
                : IsMark(c) ? Drop
                : !IsWordCharacter(c) ? ' '
                : c is 'đ' or 'Đ' ? 'd'
                : Base(c);
        }

        return table;
    }

    private static char Base(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return IsWordCharacter(first) && decomposed.Skip(1).All(IsMark) ? char.ToLowerInvariant(first) : char.ToLowerInvariant(c);
    }
}

/// <summary>Folded text and where each of its characters came from, so highlights found on it land on the original.</summary>
internal sealed class FoldedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal FoldedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>The span of the original text that folded characters [start, end) came from.</summary>
    public (int Start, int End) Original(int start, int end) => (_starts[start], _ends[end - 1]);
}
