namespace Extractor.Samples.Pdf;

/// <summary>
/// The fonts a writer sets text in, and how a text is coded for them: the seam between laying out
/// Unicode text and the bytes a PDF of some producer shows it with.
/// </summary>
internal interface IFontSet
{
    /// <summary>
    /// <paramref name="text"/> in <paramref name="face"/> as the pieces a content stream shows: the
    /// font resource of each and its codes. Concatenated, the pieces are exactly as wide as the text.
    /// </summary>
    IEnumerable<(string Font, byte[] Codes)> Show(StandardFont face, string text);

    /// <summary>Writes the font objects; returns their entries for a /Font resource dictionary.</summary>
    string Write(PdfFileWriter file);
}
