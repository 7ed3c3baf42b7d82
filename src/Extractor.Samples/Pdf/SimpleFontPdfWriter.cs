using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.LegacyText;

namespace Extractor.Samples.Pdf;

/// <summary>
/// Writes a report as a PDF in the old way: the Times fonts every reader has, not embedded, with
/// a WinAnsi + /Differences encoding for the Vietnamese letters and no ToUnicode map, so a reader
/// must go from code to glyph name to Unicode. The same document always gives the same bytes.
/// </summary>
public static class SimpleFontPdfWriter
{
    private const string Producer = "extractor-samples simple-font writer";

    /// <summary>Writes <paramref name="document"/> on as many A4 pages as it takes.</summary>
    public static void Write(RawDocument document, Stream output) =>
        Write(document, new StandardTimesFonts(SimpleFontEncoding.For(Characters(document))), output);

    /// <summary>
    /// Writes <paramref name="document"/> laid out as <see cref="Write(RawDocument, Stream)"/> does, its text typed in
    /// <paramref name="encoding"/> under the legacy Times fonts (".VnTime", "VNI-Times"), as Word prints such a document.
    /// </summary>
    public static void WriteLegacy(RawDocument document, LegacyEncoding encoding, Stream output) =>
        Write(document, new LegacyTimesFonts(encoding), output);

    /// <summary>
    /// Writes a report of exactly <paramref name="pages"/> pages: the body of <paramref name="document"/>
    /// again and again, its footnotes numbered on from one copy to the next, cut at the last page.
    /// For reading benchmarks; written as it goes, so the memory it takes does not grow with the pages.
    /// </summary>
    public static void WriteLongReport(RawDocument document, int pages, Stream output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var body = DocumentParts.Of(document).Body;
        var notes = document.Footnotes.ToDictionary(n => n.Number);
        if (body.Count == 0)
        {
            throw new InvalidDataException($"{document.Source} has no body to repeat");
        }

        // Copy k's note n is number k * copyNotes + n.
        var copyNotes = notes.Count == 0 ? 0 : notes.Keys.Max();
        Render(
            new StandardTimesFonts(SimpleFontEncoding.For(Characters(document).Concat("0123456789"))),
            number => ReportLayout.Note(notes[(number - 1) % copyNotes + 1], number),
            composer =>
            {
                for (var copy = 0; composer.CompletedPages < pages; copy++)
                {
                    foreach (var paragraph in ReportLayout.Body(body, copy * copyNotes).TakeWhile(_ => composer.CompletedPages < pages))
                    {
                        composer.Add(paragraph);
                    }
                }
            },
            output);
    }

    private static IEnumerable<char> Characters(RawDocument document) =>
        document.Blocks.OfType<RawParagraph>().Select(b => b.Paragraph)
            .Concat(document.Footnotes.SelectMany(n => n.Paragraphs))
            .SelectMany(p => p.Text)
            // Page and footnote numbers are drawn too.
            .Concat("0123456789 ");

    private static void Write(RawDocument document, IFontSet fonts, Stream output)
    {
        var notes = document.Footnotes.ToDictionary(n => n.Number);
        Render(fonts, number => ReportLayout.Note(notes[number], number), composer => ReportLayout.Compose(document, composer), output);
    }

    private static void Render(IFontSet fonts, Func<int, IReadOnlyList<TextParagraph>> note, Action<PageComposer> compose, Stream output)
    {
        using var file = new PdfFileWriter(output);
        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var info = file.Reserve();
        var fontResources = fonts.Write(file);

        var pages = new List<int>();
        var composer = new PageComposer(fonts, note, content =>
        {
            var contentId = file.Reserve();
            var pageId = file.Reserve();
            file.WriteStream(contentId, "", content, compress: true);
            file.WriteObject(pageId, $"<< /Type /Page /Parent {pageTree} 0 R /Contents {contentId} 0 R >>");
            pages.Add(pageId);
        });
        compose(composer);

        // Media box and fonts sit on the page tree for every page to inherit, as many producers do it.
        file.WriteObject(pageTree,
            $"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(' ', pages.Select(p => $"{p} 0 R"))}] " +
            $"/MediaBox [0 0 {ContentBuilder.Number(PageGeometry.Width)} {ContentBuilder.Number(PageGeometry.Height)}] " +
            $"/Resources << /Font <<{fontResources} >> /ProcSet [/PDF /Text] >> >>");
        file.WriteObject(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R >>");
        file.WriteObject(info, $"<< /Producer ({Producer}) >>");
        file.Finish(catalog, info);
    }
}
