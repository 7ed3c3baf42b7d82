using Extractor.Pdf.Content;
using Extractor.Pdf.Content.Fonts;
using Extractor.Reading;
using Extractor.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// A file's pages as PdfPig draws them, for the differential tests: the other engine's letters behind the reader's
/// one seam. PdfPig gives letters upright, with the crop box's corner at the origin (its display space), so each
/// page is stated as an unrotated page of that size. Letter text goes through our glyph layer's repairs
/// (<see cref="UnicodeRepair"/>: NFC, 'ƣ' to 'ư', bullets) and mark folding (<see cref="GlyphCollector"/>), the
/// same code our engine runs, so the text meets <see cref="DrawnGlyph"/>'s contract; bold and italic are PdfPig's
/// font name and details judged by our <see cref="FontStyle"/>; rules come from PdfPig's paths through our
/// <see cref="RuleCollector"/>. What PdfPig does not give: annotation appearances (signing stamps), images' pixels and
/// their exact placement (only their bounds), and a text rise. Where a file's crop box does not start where its media
/// box does, positions differ from ours (which start at the media box) by that offset; none of our files has one.
/// </summary>
/// <param name="asLetters">
/// Letter for letter, their text only made NFC, without our repairs and mark folding: what the glyph comparison
/// holds against ours, so that what our repairs change is counted rather than hidden.
/// </param>
internal sealed class PdfPigPageSource(string path, bool asLetters = false) : IPageSource
{
    private readonly HashSet<int> _annotated = [];

    public IEnumerable<DrawnPage> Pages
    {
        get
        {
            using var document = Guarded(() => PigDocument.Open(path));
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = Guarded(() => document.GetPage(number));
                yield return Guarded(() => Drawn(page));
            }
        }
    }

    public IReadOnlyList<string> Repairs => [];

    /// <summary>The pages read so far that have annotations with an appearance, which PdfPig does not draw.</summary>
    public IReadOnlySet<int> AnnotatedPages => _annotated;

    private DrawnPage Drawn(Page page)
    {
        if (page.GetAnnotations().Any(annotation => annotation.HasNormalAppearance))
        {
            _annotated.Add(page.Number);
        }

        var glyphs = new GlyphCollector();
        var letters = new List<Glyph>();
        foreach (var letter in page.Letters)
        {
            var style = FontStyle.Of(letter.FontName ?? "", letter.FontDetails?.IsBold ?? false, letter.FontDetails?.IsItalic ?? false);
            var glyph = new Glyph(asLetters ? letter.Value.Normalize() : UnicodeRepair.Clean(letter.Value),
                letter.StartBaseLine.X, letter.StartBaseLine.Y, letter.Width, letter.PointSize, style.Name, style.Bold, style.Italic, 0)
            {
                Invisible = letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip,
            };
            if (asLetters)
            {
                letters.Add(glyph);
            }
            else
            {
                glyphs.Add(glyph);
            }
        }

        return new DrawnPage(
            page.Number,
            new PageBox(0, 0, page.Width, page.Height),
            0,
            [.. (asLetters ? letters : glyphs.Glyphs).Select(g => new DrawnGlyph(g.Text, g.X, g.Baseline, g.Width, g.FontSize, g.FontName, g.Bold, g.Italic) { Invisible = g.Invisible })],
            Rules(page),
            [.. page.GetImages().Select(image => image.BoundingBox).Select(box => new DrawnImage(box.Left, box.Bottom, box.Width, box.Height)
            {
                Placement = new AffineMatrix(box.Width, 0, 0, box.Height, box.Left, box.Bottom),
            })]);
    }

    /// <summary>Rules from PdfPig's painted paths, told apart by our own collector: a stroke wins over a fill, as our engine has it.</summary>
    private static List<DrawnRule> Rules(Page page)
    {
        var collector = new RuleCollector();
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            collector.MoveTo((move.Location.X, move.Location.Y));
                            break;
                        case PdfSubpath.Line line:
                            collector.LineTo((line.To.X, line.To.Y));
                            break;
                        case PdfSubpath.BezierCurve curve:
                            collector.CurveTo((curve.EndPoint.X, curve.EndPoint.Y));
                            break;
                        case PdfSubpath.Close:
                            collector.Close();
                            break;
                    }
                }
            }

            if (path.IsStroked)
            {
                collector.Stroke();
            }
            else if (path.IsFilled)
            {
                collector.Fill();
            }
            else
            {
                collector.Discard();
            }
        }

        return [.. collector.Rules.Select(rule => new DrawnRule(rule.X1, rule.Y1, rule.X2, rule.Y2))];
    }

    /// <summary>PdfPig's own exceptions, of whatever type, as the seam's one failure; a stack overflow cannot be caught, so only files it is known to survive are given to it.</summary>
    private T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReportReadException(path, ReadFailure.Corrupt, $"PdfPig: {e.GetType().Name}: {e.Message.Split('\n', 2)[0].Trim()}", e);
        }
    }
}
