using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content;

/// <summary>The appearances a page's annotations draw over its content, where signing and registration services stamp numbers and dates.</summary>
internal static class Annotations
{
    /// <summary>Annotation flags that keep an annotation off the screen: Hidden (bit 2) and NoView (bit 6).</summary>
    private const int HiddenFlags = (1 << 1) | (1 << 5);

    /// <summary>
    /// Each visible annotation's normal appearance (its /AS state's, when it has several) and the matrix that draws it
    /// the way viewers do: the form's /BBox, after its /Matrix, fitted into the annotation's /Rect.
    /// </summary>
    public static IEnumerable<(PdfStream Form, Matrix Placement)> Appearances(PdfDocument document, PdfPage page)
    {
        foreach (var item in document.Resolve<PdfArray>(page.Dictionary["Annots"]) ?? new PdfArray([]))
        {
            if (document.Resolve(item) is not PdfDictionary annotation)
            {
                continue;
            }

            var normal = document.Resolve(document.Resolve<PdfDictionary>(annotation["AP"])?["N"]);
            var form = normal as PdfStream
                ?? (annotation.GetName("AS") is { } state ? document.Resolve<PdfStream>((normal as PdfDictionary)?[state]) : null);
            var flags = (long)(document.Resolve<PdfNumber>(annotation["F"])?.AsDouble() ?? 0);
            if (form is null
                || (flags & HiddenFlags) != 0
                || RectangleOf(document, annotation["Rect"]) is not { } rect
                || RectangleOf(document, form.Dictionary["BBox"]) is not { } box)
            {
                continue;
            }

            var drawn = (Matrix.FromArray(document.Resolve<PdfArray>(form.Dictionary["Matrix"])) ?? Matrix.Identity).TransformBounds(box);
            var scaleX = drawn.Width > 0 ? rect.Width / drawn.Width : 1;
            var scaleY = drawn.Height > 0 ? rect.Height / drawn.Height : 1;
            yield return (form, new Matrix(scaleX, 0, 0, scaleY, rect.Left - (drawn.Left * scaleX), rect.Bottom - (drawn.Bottom * scaleY)));
        }
    }

    private static PdfRectangle? RectangleOf(PdfDocument document, PdfObject? value) =>
        document.Resolve<PdfArray>(value) is { Count: 4 } array && array.Select(document.Resolve).ToArray() is [PdfNumber x1, PdfNumber y1, PdfNumber x2, PdfNumber y2]
            ? PdfRectangle.FromCorners(x1.AsDouble(), y1.AsDouble(), x2.AsDouble(), y2.AsDouble())
            : null;
}
