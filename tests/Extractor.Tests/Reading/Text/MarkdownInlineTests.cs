using Extractor.Reading.Text;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Text;

/// <summary>Footnote references and emphasis in a text paragraph, and the unit exponents that are neither.</summary>
public sealed class MarkdownInlineTests
{
    [Test]
    public void References_are_found_in_both_forms_and_a_unit_exponent_stays_text()
    {
        var pieces = MarkdownInline.Parse("Diện tích¹ đạt 25 m² nhà ở, **vốn**⁽¹²⁾ giải ngân³");
        Assert.That(pieces.Select(Describe), Is.EqualTo(new[]
        {
            "text:Diện tích", "note:1", "text: đạt 25 m² nhà ở, ", "bold:vốn", "note:12", "text: giải ngân", "note:3",
        }));
    }

    private static string Describe(InlinePiece piece) => piece switch
    {
        NoteRefPiece note => $"note:{note.Number}",
        TextPiece { Bold: true } text => $"bold:{text.Text}",
        TextPiece text => $"text:{text.Text}",
        _ => piece.GetType().Name,
    };
}
