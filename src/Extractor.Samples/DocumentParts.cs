using Extractor.Reading;

namespace Extractor.Samples;

/// <summary>A document cut where offices lay it out differently: the header block, the body, the closing.</summary>
internal sealed record DocumentParts(HeaderTable? Header, IReadOnlyList<RawBlock> Body, ClosingTable? Closing)
{
    public static DocumentParts Of(RawDocument document)
    {
        var header = HeaderTable.Take(document.Blocks, out var headerCount);
        var closing = ClosingTable.Take(document.Blocks, out var closingStart);
        return new DocumentParts(header, document.Blocks.Take(closingStart).Skip(headerCount).ToList(), closing);
    }
}
