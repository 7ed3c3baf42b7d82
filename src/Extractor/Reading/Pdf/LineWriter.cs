namespace Extractor.Reading.Pdf;

/// <summary>
/// Writes a line's glyphs into a paragraph: words with their bold and italic, and raised
/// digits that name a note of the page as a footnote reference at that offset (other
/// raised digits stay text).
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

                var digits = string.Concat(visible.Skip(i).Take(end - i).Select(v => v.Glyph.Text)).Trim('(', ')');
                if (digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit)
                    && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is var number && isNote(number))
                {
                    builder.AppendFootnoteRef(number);
                    i = end - 1;
                    continue;
                }
            }

            if (space && previous is not null)
            {
                builder.Append(" ", previous.Bold && glyph.Bold, previous.Italic && glyph.Italic);
            }

            builder.Append(glyph.Text, glyph.Bold, glyph.Italic);
            if (glyph.Confidence is { } confidence)
            {
                builder.AddOcrConfidence(confidence, glyph.Text.Length);
            }

            previous = glyph;
        }
    }

    private static bool IsMarkerText(string text) => text.All(c => char.IsAsciiDigit(c) || c is '(' or ')');
}
