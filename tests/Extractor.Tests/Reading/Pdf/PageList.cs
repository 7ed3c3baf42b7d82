using Extractor.Reading.Pdf;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>A page source over pages at hand: sketched, made glyph by glyph, or taken from several files.</summary>
internal sealed class PageList(IEnumerable<DrawnPage> pages) : IPageSource
{
    public IEnumerable<DrawnPage> Pages => pages;

    public IReadOnlyList<string> Repairs => [];
}
