using System.Runtime.CompilerServices;
using Extractor.Pdf.Content.Fonts;

namespace Extractor.Pdf.Content;

/// <summary>Reads what a page draws: its glyphs with their Unicode text and positions, its rules and its images.</summary>
public static class PageContentReader
{
    /// <summary>
    /// Fonts loaded for each open document: pages share them, and parsing every ToUnicode map again on every page
    /// would cost more than the text itself. Their number is bounded by the file's fonts, not by its pages.
    /// </summary>
    private static readonly ConditionalWeakTable<PdfDocument, FontCache> Fonts = [];

    /// <summary>
    /// Interprets the page's content streams, the forms they draw and then the appearances of its annotations (where
    /// signing and registration services stamp numbers and dates). Content errors are skipped; only damage to the file
    /// itself raises, as a <see cref="PdfException"/>. Nothing of the page is kept once it returns, so a long file can
    /// be read page by page in constant memory.
    /// </summary>
    public static PageContent Read(PdfDocument document, PdfPage page) => document.Context.Guard(() =>
    {
        var interpreter = new ContentInterpreter(document, Fonts.GetValue(document, d => new FontCache(d)));
        interpreter.Run(page.GetContentBytes(), page.Resources);
        foreach (var (form, placement) in Annotations.Appearances(document, page))
        {
            // Appearance streams often leave out /Subtype /Form, so they are run as forms whatever they say.
            interpreter.RunForm(form, placement, page.Resources);
        }

        return new PageContent(page.Number, page.MediaBox, page.Rotate, interpreter.Glyphs, interpreter.Rules, interpreter.Images);
    });
}
