namespace Extractor.Reading.Pdf;

/// <summary>A line of a page's footnote area; <see cref="Marker"/> is set when it opens a note.</summary>
internal sealed record NoteLine(TextLine Line, NoteMarker? Marker)
{
    /// <summary>The line is the note's number alone; the note's text is on the lines below.</summary>
    public bool IsNumberOnly => Marker is { } marker && marker.GlyphCount == Line.Visible().Count();
}

/// <summary>Whether a note is open at the end of the previous page and whether its text stopped mid-sentence.</summary>
internal sealed record OpenNote(bool IsOpen, bool MidSentence);

/// <summary>A note's number as its marker shows it, and how many of the line's visible glyphs draw the marker.</summary>
internal sealed record NoteMarker(int Number, int GlyphCount);

/// <summary>
/// The footnote area of a page: the run of lines smaller than the body text at the bottom
/// of the page, starting below a short rule or at a line that opens with a note marker
/// (raised digits, or plain digits giving a note number the page refers to). A first line
/// without a marker under the rule continues the note left open on the previous page.
/// </summary>
internal static class FootnoteArea
{
    // Footnote text is set smaller than the body: Word 10 pt under 13-14 pt.
    private const double SmallerThanBody = 0.9;

    // The separator rule is short: Word's is 144 pt, a third of the text width.
    private const double MaxSeparatorShare = 0.5;

    /// <summary>Takes the footnote area off the bottom of <paramref name="lines"/> (one line per row, top-down).</summary>
    /// <param name="open">The note left open on the previous page, if any, and whether it stopped mid-sentence.</param>
    /// <param name="isNoteNumber">Whether plain leading digits may be read as a note number.</param>
    public static List<NoteLine> Extract(List<TextLine> lines, IReadOnlyList<PlacedRule> rules, double bodySize, double pageWidth, OpenNote open, Func<int, bool> isNoteNumber)
    {
        var start = lines.Count;
        while (start > 0 && lines[start - 1].Size < SmallerThanBody * bodySize)
        {
            start--;
        }

        if (start == lines.Count)
        {
            return [];
        }

        var separated = rules.Any(r => r.IsHorizontal && r.Right - r.Left < MaxSeparatorShare * pageWidth
            && r.Top < lines[start].Baseline - lines[start].Size
            && (start == 0 || r.Top > lines[start - 1].Baseline));
        // Unmarked small text at the bottom runs on the open note when a separator sets it apart or the note stopped mid-sentence.
        if (!(open.IsOpen && (separated || open.MidSentence)))
        {
            while (start < lines.Count && MarkerOf(lines[start], isNoteNumber) is null)
            {
                start++;
            }
        }

        var area = lines.Skip(start).Select(line => new NoteLine(line, MarkerOf(line, isNoteNumber))).ToList();
        lines.RemoveRange(start, lines.Count - start);
        return area;
    }

    /// <summary>
    /// The marker opening a footnote line: raised digits (in parentheses or not), plain digits then ")", "." or a space,
    /// or a note number alone on its line.
    /// </summary>
    public static NoteMarker? MarkerOf(TextLine line, Func<int, bool> isNoteNumber)
    {
        var visible = line.Visible().ToList();
        var glyphs = visible.Select(v => v.Glyph).ToList();
        var raised = glyphs.TakeWhile(g => line.IsRaised(g) && g.Text.All(c => char.IsAsciiDigit(c) || c is '(' or ')')).ToList();
        if (Number(raised) is { } superscript)
        {
            return new NoteMarker(superscript, raised.Count);
        }

        var digits = glyphs.TakeWhile(g => g.Text.All(char.IsAsciiDigit)).ToList();
        if (digits.Count == 0 || Number(digits) is not { } plain || !isNoteNumber(plain))
        {
            return null;
        }

        // The number on a line of its own, the note's text on the lines below (templates with a hanging indent).
        if (digits.Count == glyphs.Count)
        {
            return new NoteMarker(plain, digits.Count);
        }

        // "1." opens a note, "1.080.000đ" does not.
        var closed = glyphs[digits.Count].Text is ")" || (glyphs[digits.Count].Text == "." && (digits.Count + 1 == glyphs.Count || !char.IsAsciiDigit(glyphs[digits.Count + 1].Text[0])));
        return closed || visible[digits.Count].SpaceBefore ? new NoteMarker(plain, digits.Count + (closed ? 1 : 0)) : null;
    }

    private static int? Number(List<PlacedGlyph> glyphs)
    {
        var digits = string.Concat(glyphs.Select(g => g.Text)).Trim('(', ')');
        return digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
