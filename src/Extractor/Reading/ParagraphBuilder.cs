using System.Globalization;
using System.Text;
using Extractor.Model;

namespace Extractor.Reading;

/// <summary>
/// Collects a paragraph's text run by run, with emphasis and footnote references, and
/// builds it normalised once, at the reader boundary: NFC (also across run boundaries, as
/// Word may split a base letter from its combining mark), every kind of space as one
/// plain space, zero-width characters and soft hyphens dropped, runs of spaces collapsed,
/// ends trimmed. Explicit line breaks stay as '\n'. Offsets of references, spans and page
/// breaks are carried through every change.
/// </summary>
internal sealed class ParagraphBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<byte> _styles = [];
    private readonly List<(int Number, int Offset)> _refs = [];
    private readonly List<(int Page, int Offset)> _pageStarts = [];
    private readonly List<(int Number, int Start, int End)> _raised = [];
    private double _confidenceSum;
    private int _recognised;

    private const byte BoldFlag = 1;
    private const byte ItalicFlag = 2;

    /// <summary>True when nothing but white space has been appended.</summary>
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < _text.Length; i++)
            {
                if (!IsDropped(_text[i]) && !IsSpace(_text[i]) && _text[i] != '\n')
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool HasFootnoteRefs => _refs.Count > 0;

    public void Append(string text, bool bold = false, bool italic = false)
    {
        var style = (byte)((bold ? BoldFlag : 0) | (italic ? ItalicFlag : 0));
        _text.Append(text);
        for (var i = 0; i < text.Length; i++)
        {
            _styles.Add(style);
        }
    }

    public void AppendLineBreak() => Append("\n");

    /// <summary>Counts OCR's confidence in <paramref name="characters"/> characters just appended; the paragraph gets their mean.</summary>
    public void AddOcrConfidence(double confidence, int characters)
    {
        _confidenceSum += confidence * characters;
        _recognised += characters;
    }

    /// <summary>Marks a reference to footnote <paramref name="number"/> at the current end of the text.</summary>
    public void AppendFootnoteRef(int number) => _refs.Add((number, _text.Length));

    /// <summary>
    /// Appends raised digits that name no note yet: text for now, a reference to note <paramref name="number"/> if that
    /// note turns up later (<see cref="ResolveRaised"/>), as endnotes do.
    /// </summary>
    public void AppendRaisedNumber(int number, string digits, bool bold, bool italic)
    {
        var start = _text.Length;
        Append(digits, bold, italic);
        _raised.Add((number, start, _text.Length));
    }

    /// <summary>The numbers of the raised digits appended as text.</summary>
    public IEnumerable<int> RaisedNumbers => _raised.Select(r => r.Number);

    /// <summary>Turns the raised digits naming a note of <paramref name="isNote"/> from text into references to it.</summary>
    public void ResolveRaised(Func<int, bool> isNote)
    {
        for (var k = _raised.Count - 1; k >= 0; k--)
        {
            var (number, start, end) = _raised[k];
            if (!isNote(number))
            {
                continue;
            }

            var length = end - start;
            _text.Remove(start, length);
            _styles.RemoveRange(start, length);
            Shift(_refs, start, length);
            Shift(_pageStarts, start, length);
            _refs.Add((number, start));
            _raised.RemoveAt(k);
        }

        _refs.Sort((a, b) => a.Offset.CompareTo(b.Offset));
    }

    private static void Shift<T>(List<(T Key, int Offset)> marks, int start, int length)
    {
        for (var k = 0; k < marks.Count; k++)
        {
            if (marks[k].Offset > start)
            {
                marks[k] = (marks[k].Key, Math.Max(start, marks[k].Offset - length));
            }
        }
    }

    /// <summary>Marks that page <paramref name="page"/> begins at the current end of the text (a paragraph the page break cut).</summary>
    public void StartPage(int page) => _pageStarts.Add((page, _text.Length));

    public void Clear()
    {
        _text.Clear();
        _styles.Clear();
        _refs.Clear();
        _pageStarts.Clear();
        _raised.Clear();
        _confidenceSum = 0;
        _recognised = 0;
    }

    public Paragraph Build(SourceLocation location)
    {
        var raw = _text.ToString();
        var output = new StringBuilder(raw.Length);
        var outStyles = new List<byte>(raw.Length);
        // positionBefore[i]: output length before raw character i was handled.
        var positionBefore = new int[raw.Length + 1];

        var i = 0;
        while (i < raw.Length)
        {
            var clusterEnd = i + 1;
            while (clusterEnd < raw.Length && IsCombining(raw[clusterEnd]))
            {
                clusterEnd++;
            }

            for (var k = i; k < clusterEnd; k++)
            {
                positionBefore[k] = output.Length;
            }

            var c = raw[i];
            if (IsDropped(c))
            {
                i++;
                continue;
            }

            if (c == '\n')
            {
                TrimTrailingSpace(output, outStyles);
                if (output.Length > 0 && output[^1] != '\n')
                {
                    output.Append('\n');
                    outStyles.Add(0);
                }
            }
            else if (IsSpace(c))
            {
                if (output.Length > 0 && output[^1] != ' ' && output[^1] != '\n')
                {
                    output.Append(' ');
                    outStyles.Add(_styles[i]);
                }
            }
            else
            {
                var cluster = raw[i..clusterEnd].Normalize(NormalizationForm.FormC);
                output.Append(cluster);
                for (var k = 0; k < cluster.Length; k++)
                {
                    outStyles.Add(_styles[i]);
                }

                i = clusterEnd;
                continue;
            }

            i++;
        }

        positionBefore[raw.Length] = output.Length;
        while (output.Length > 0 && (output[^1] == ' ' || output[^1] == '\n'))
        {
            TrimTrailingSpace(output, outStyles);
            if (output.Length > 0 && output[^1] == '\n')
            {
                output.Length--;
                outStyles.RemoveAt(outStyles.Count - 1);
            }
        }

        var text = output.ToString();
        var refs = _refs
            .Select(r => new FootnoteRef(r.Number, Math.Min(positionBefore[r.Offset], text.Length)))
            .ToList();
        return new Paragraph(text, refs, Spans(outStyles), location)
        {
            OcrConfidence = _recognised == 0 ? null : Math.Round(_confidenceSum / _recognised, 3),
            PageBreaks = [.. _pageStarts.Select(p => new PageBreak(Math.Min(positionBefore[p.Offset], text.Length), p.Page))],
        };
    }

    private static List<StyleSpan> Spans(List<byte> styles)
    {
        var spans = new List<StyleSpan>();
        var start = 0;
        for (var k = 1; k <= styles.Count; k++)
        {
            if (k == styles.Count || styles[k] != styles[start])
            {
                if (styles[start] != 0)
                {
                    spans.Add(new StyleSpan(start, k - start, (styles[start] & BoldFlag) != 0, (styles[start] & ItalicFlag) != 0));
                }

                start = k;
            }
        }

        return spans;
    }

    private static void TrimTrailingSpace(StringBuilder output, List<byte> styles)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
            styles.RemoveAt(styles.Count - 1);
        }
    }

    private static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsDropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsSpace(char c) => c != '\n' && (char.IsWhiteSpace(c) || c == '\u00A0');
}
