namespace Extractor.Samples.Pdf;

/// <summary>A stretch of text in one face, size and rise; <paramref name="Note"/> marks a footnote reference.</summary>
internal sealed record TextRun(string Text, StandardFont Font, double Size, double Rise = 0, int? Note = null)
{
    public double Width(string text) => text.Sum(c => StandardFontMetrics.Width(Font, c)) * Size / 1000;
}

internal enum Alignment
{
    Justified,
    Left,
    Center,
}

/// <summary>A paragraph to lay out: its runs ('\n' breaks a line), alignment, indents and vertical spacing, in points.</summary>
internal sealed record TextParagraph(
    IReadOnlyList<TextRun> Runs,
    Alignment Alignment,
    double Leading,
    double FirstIndent = 0,
    double LeftIndent = 0,
    double SpaceBefore = 0,
    double SpaceAfter = 0);

/// <summary>Consecutive text of one line in one style.</summary>
internal sealed record LineSegment(TextRun Style, string Text);

/// <summary>
/// One laid-out line: its segments, where it starts relative to the column, its natural width,
/// the word spacing that justifies it, and the footnotes it references.
/// </summary>
internal sealed record TextLine(IReadOnlyList<LineSegment> Segments, double Offset, double Width, double WordSpacing, IReadOnlyList<int> Notes);

/// <summary>Breaks paragraphs into lines greedily by the fonts' widths, as a word processor does.</summary>
internal static class LineBreaker
{
    private sealed record Word(List<LineSegment> Pieces, TextRun? SpaceBefore, bool BreakBefore)
    {
        public double Width => Pieces.Sum(p => p.Style.Width(p.Text));
    }

    public static IReadOnlyList<TextLine> Break(TextParagraph paragraph, double columnWidth)
    {
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var width = 0.0;
        foreach (var word in Words(paragraph.Runs))
        {
            var available = Available(paragraph, columnWidth, lines.Count == 0);
            var space = word.SpaceBefore is { } style && current.Count > 0 ? style.Width(" ") : 0;
            if (current.Count > 0 && (word.BreakBefore || width + space + word.Width > available))
            {
                lines.Add(Line(paragraph, columnWidth, lines.Count == 0, current, width, justify: !word.BreakBefore));
                current = [];
                width = 0;
                space = 0;
            }

            current.Add(word);
            width += space + word.Width;
        }

        if (current.Count > 0)
        {
            lines.Add(Line(paragraph, columnWidth, lines.Count == 0, current, width, justify: false));
        }

        return lines;
    }

    private static double Available(TextParagraph paragraph, double columnWidth, bool first) =>
        columnWidth - paragraph.LeftIndent - (first ? paragraph.FirstIndent : 0);

    private static TextLine Line(TextParagraph paragraph, double columnWidth, bool first, List<Word> words, double width, bool justify)
    {
        var segments = new List<LineSegment>();
        var spaces = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i].SpaceBefore is { } space)
            {
                Append(segments, space, " ");
                spaces++;
            }

            foreach (var piece in words[i].Pieces)
            {
                Append(segments, piece.Style, piece.Text);
            }
        }

        var available = Available(paragraph, columnWidth, first);
        var indent = paragraph.LeftIndent + (first ? paragraph.FirstIndent : 0);
        var (offset, wordSpacing) = paragraph.Alignment switch
        {
            Alignment.Center => (indent + (available - width) / 2, 0.0),
            Alignment.Justified when justify && spaces > 0 => (indent, (available - width) / spaces),
            _ => (indent, 0.0),
        };
        var notes = segments.Select(s => s.Style.Note).OfType<int>().ToList();
        return new TextLine(segments, offset, width, wordSpacing, notes);
    }

    private static void Append(List<LineSegment> segments, TextRun style, string text)
    {
        if (segments.Count > 0 && segments[^1].Style == style)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new LineSegment(style, text));
        }
    }

    /// <summary>The words of the runs; runs of spaces count as one, as they would render.</summary>
    private static IEnumerable<Word> Words(IReadOnlyList<TextRun> runs)
    {
        var pieces = new List<LineSegment>();
        TextRun? spaceBefore = null;
        var breakBefore = false;
        foreach (var run in runs)
        {
            var start = 0;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var separator = i < run.Text.Length ? run.Text[i] : (char?)null;
                if (separator is not (' ' or '\n') && i < run.Text.Length)
                {
                    continue;
                }

                if (i > start)
                {
                    pieces.Add(new LineSegment(run, run.Text[start..i]));
                }

                start = i + 1;
                if (separator is null)
                {
                    break;
                }

                if (pieces.Count > 0)
                {
                    yield return new Word(pieces, spaceBefore, breakBefore);
                    pieces = [];
                    spaceBefore = null;
                    breakBefore = false;
                }

                if (separator == '\n')
                {
                    breakBefore = true;
                }
                else
                {
                    spaceBefore ??= run;
                }
            }
        }

        if (pieces.Count > 0)
        {
            yield return new Word(pieces, spaceBefore, breakBefore);
        }
    }
}
