namespace Extractor.Reading.Pdf;

/// <summary>
/// Writes a line's glyphs into a paragraph: words with their bold and italic, and raised
/// digits that name a note of the page as a footnote reference at that offset (other
/// raised digits are text that a note found later, an endnote, may still claim).
/// </summary>
internal static class LineWriter
{
    /// <param name="skip">Visible glyphs to leave out at the start (a footnote's own marker).</param>
    public static void Write(TextLine line, ParagraphBuilder builder, Func<int, bool> isNote, int skip = 0)
    {
        var visible = line.Visible().Skip(skip).ToList();
        PlacedGlyph? previous = null;
        for (var i = 0; i < visible.Count; i++)
        {
            var (glyph, space) = visible[i];
            if (line.IsRaised(glyph) && IsMarkerText(glyph.Text))
            {
                var end = i;
                while (end < visible.Count && line.IsRaised(visible[end].Glyph) && IsMarkerText(visible[end].Glyph.Text) && (end == i || !visible[end].SpaceBefore))
                {
                    end++;
                }

                var marker = string.Concat(visible.Skip(i).Take(end - i).Select(v => v.Glyph.Text));
                var digits = marker.Trim('(', ')');
                if (digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit)
                    && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is var number)
                {
                    if (isNote(number))
                    {
                        builder.AppendFootnoteRef(number);
                    }
                    else
                    {
                        // No note of the page has this number: text, unless the note turns up later (an endnote).
                        if (space && previous is not null)
                        {
                            builder.Append(" ", previous.Bold && glyph.Bold, previous.Italic && glyph.Italic);
                        }

                        builder.AppendRaisedNumber(number, marker, glyph.Bold, glyph.Italic);
                        AddConfidence(builder, visible.Skip(i).Take(end - i).Select(v => v.Glyph));
                        previous = visible[end - 1].Glyph;
                    }

                    i = end - 1;
                    continue;
                }
            }

            if (space && previous is not null)
            {
                builder.Append(" ", previous.Bold && glyph.Bold, previous.Italic && glyph.Italic);
            }

            builder.Append(glyph.Text, glyph.Bold, glyph.Italic);
            AddConfidence(builder, [glyph]);
            previous = glyph;
        }
    }

    private static void AddConfidence(ParagraphBuilder builder, IEnumerable<PlacedGlyph> glyphs)
    {
        foreach (var glyph in glyphs)
        {
            if (glyph.Confidence is { } confidence)
            {
                builder.AddOcrConfidence(confidence, glyph.Text.Length);
            }
        }
    }

    private static bool IsMarkerText(string text) => text.All(c => char.IsAsciiDigit(c) || c is '(' or ')');
}
