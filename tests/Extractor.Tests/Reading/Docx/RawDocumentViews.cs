using Extractor.Model;
using Extractor.Reading;

namespace Extractor.Tests.Reading.Docx;

/// <summary>Short ways for tests to look at what a reader produced.</summary>
internal static class RawDocumentViews
{
    public static IReadOnlyList<RawParagraph> Paragraphs(this RawDocument document) => [.. document.Blocks.OfType<RawParagraph>()];

    public static IReadOnlyList<string> Texts(this RawDocument document) => [.. document.Paragraphs().Select(p => p.Paragraph.Text)];

    public static IReadOnlyList<Table> Tables(this RawDocument document) => [.. document.Blocks.OfType<RawTable>().Select(t => t.Table)];

}
