using Extractor.Pdf;
using Extractor.Pdf.Content;
using Extractor.Pdf.Objects;

namespace Extractor.Reading.Pdf;

/// <summary>
/// The pages of a file read by our own PDF layer (Extractor.Pdf), mapped to the reader's <see cref="DrawnPage"/>: the only
/// place the reader meets that layer's types. Its errors become <see cref="ReportReadException"/>s naming the file, and
/// <see cref="ReaderOptions"/> sets its limits, so one setting governs every format.
/// </summary>
internal sealed class ExtractorPdfPageSource : IPageSource
{
    private readonly string _path;
    private readonly PdfDocument _document;

    private ExtractorPdfPageSource(string path, PdfDocument document)
    {
        _path = path;
        _document = document;
    }

    public IEnumerable<DrawnPage> Pages
    {
        get
        {
            foreach (var page in Guarded(() => _document.Pages))
            {
                yield return Guarded(() => Drawn(PageContentReader.Read(_document, page)));
            }
        }
    }

    public IReadOnlyList<string> Repairs => _document.Diagnostics;

    /// <summary>Opens the file (read whole into memory); file-system errors surface as the usual IO exceptions.</summary>
    public static ExtractorPdfPageSource Open(string path, ReaderOptions options) =>
        new(path, Guarded(path, () => PdfDocument.Open(path, LimitsOf(options))));

    /// <summary>
    /// The PDF layer's limits as the reader's options set them. The decompression ratio stays the PDF layer's own: a
    /// blank scanned page's samples compress far beyond what a package entry may (<see cref="ReaderOptions.MaxCompressionRatio"/>).
    /// </summary>
    private static PdfReadOptions LimitsOf(ReaderOptions options) => PdfReadOptions.Default with
    {
        MaxNestingDepth = options.MaxNestingDepth,
        MaxDecodedStreamBytes = options.MaxFileBytes,
    };

    private T Guarded<T>(Func<T> read) => Guarded(_path, read);

    private static T Guarded<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PdfPasswordRequiredException e)
        {
            throw new ReportReadException(path, ReadFailure.Encrypted, "password required", e);
        }
        catch (PdfLimitExceededException e)
        {
            throw new ReportReadException(path, ReadFailure.LimitExceeded, Reason(e), e);
        }
        catch (PdfUnsupportedException e)
        {
            throw new ReportReadException(path, ReadFailure.UnsupportedFormat, FirstLine(e.Message), e);
        }
        catch (PdfException e)
        {
            throw new ReportReadException(path, ReadFailure.Corrupt, $"damaged PDF ({FirstLine(e.Message)})", e);
        }
    }

    private static DrawnPage Drawn(PageContent page)
    {
        var box = page.MediaBox;
        var glyphs = new DrawnGlyph[page.Glyphs.Count];
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = page.Glyphs[i];
            glyphs[i] = new DrawnGlyph(glyph.Text, glyph.X, glyph.Baseline, glyph.Width, glyph.FontSize, glyph.FontName, glyph.Bold, glyph.Italic) { Invisible = glyph.Invisible };
        }

        return new DrawnPage(
            page.Number,
            new PageBox(box.Left, box.Bottom, box.Right, box.Top),
            page.Rotate,
            glyphs,
            [.. page.Rules.Select(rule => new DrawnRule(rule.X1, rule.Y1, rule.X2, rule.Y2))],
            [.. page.Images.Select(Drawn)]);
    }

    private static DrawnImage Drawn(PlacedImage image)
    {
        var m = image.Placement;
        return new DrawnImage(image.X, image.Y, image.Width, image.Height)
        {
            Placement = new AffineMatrix(m.A, m.B, m.C, m.D, m.E, m.F),
            Pixels = image.Source is { } source ? new ImagePixels(source.Width, source.Height, () => Samples(source)) : null,
        };
    }

    /// <summary>The samples, read through the document (not thread-safe: the caller reads them where it reads pages).</summary>
    private static ImageSamples Samples(ImageXObject source)
    {
        PdfImage image;
        try
        {
            image = source.Read();
        }
        catch (PdfException e)
        {
            throw new InvalidDataException(e.Message, e);
        }

        var parameters = image.FilterParameters;
        var fax = new FaxCoding(
            IntegerOf(parameters["K"], 0),
            IntegerOf(parameters["Columns"], 1728),
            IntegerOf(parameters["Rows"], image.Height),
            parameters["BlackIs1"] is PdfBoolean { Value: true },
            parameters["EncodedByteAlign"] is PdfBoolean { Value: true });
        return new ImageSamples(image.Data, image.Filter, fax, image.Width, image.Height, image.ColorSpace, image.Components,
            image.BitsPerComponent, image.Palette, image.PaletteComponents, image.Inverted, image.Jbig2Globals);
    }

    private static int IntegerOf(PdfObject? value, int fallback) => value is PdfNumber number ? (int)number.AsDouble() : fallback;

    /// <summary>The message naming the reader's option that set the limit, so that it says which setting to change.</summary>
    private static string Reason(PdfLimitExceededException e)
    {
        var reason = FirstLine(e.Message);
        return e.Limit == nameof(PdfReadOptions.MaxDecodedStreamBytes) ? nameof(ReaderOptions.MaxFileBytes) + reason[e.Limit.Length..] : reason;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
