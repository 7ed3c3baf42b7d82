using Extractor.Pdf.Objects;

namespace Extractor.Pdf;

/// <summary>One page with its inherited attributes resolved; its content is decoded on request.</summary>
public sealed class PdfPage
{
    private readonly PdfDocument _document;

    internal PdfPage(PdfDocument document, int number, ObjectId? id, PdfDictionary dictionary, PdfRectangle mediaBox, PdfRectangle cropBox, int rotate, PdfDictionary resources)
    {
        _document = document;
        Number = number;
        Id = id;
        Dictionary = dictionary;
        MediaBox = mediaBox;
        CropBox = cropBox;
        Rotate = rotate;
        Resources = resources;
    }

    /// <summary>Page number, from 1.</summary>
    public int Number { get; }

    /// <summary>The page object's id; null for a page written directly inside /Kids.</summary>
    public ObjectId? Id { get; }

    public PdfDictionary Dictionary { get; }

    public PdfRectangle MediaBox { get; }

    /// <summary>The /CropBox, or the media box when there is none.</summary>
    public PdfRectangle CropBox { get; }

    /// <summary>Clockwise rotation for display: 0, 90, 180 or 270.</summary>
    public int Rotate { get; }

    /// <summary>The /Resources dictionary, inherited from the page tree when the page has none.</summary>
    public PdfDictionary Resources { get; }

    /// <summary>The page's content streams in order (/Contents may be one stream or an array).</summary>
    public IReadOnlyList<PdfStream> GetContentStreams() => _document.ContentStreamsOf(this);

    /// <summary>The decoded content streams, joined with a newline (the split between streams is a token boundary).</summary>
    public byte[] GetContentBytes() => _document.ContentBytesOf(this);
}
