using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>The merged cross-reference data of a file (newest update first) and its trailer.</summary>
internal sealed class XrefTable
{
    private readonly Dictionary<int, XrefEntry> _entries;

    public XrefTable(Dictionary<int, XrefEntry> entries, PdfDictionary trailer, bool isRebuilt)
    {
        _entries = entries;
        Trailer = trailer;
        IsRebuilt = isRebuilt;
    }

    public PdfDictionary Trailer { get; }

    /// <summary>True when the table was rebuilt by scanning the file rather than read from its cross-reference data.</summary>
    public bool IsRebuilt { get; }

    public bool TryGet(int number, out XrefEntry entry) => _entries.TryGetValue(number, out entry);

    /// <summary>Adds an entry unless the number is already placed (a direct object beats a copy in an object stream).</summary>
    public void TryAdd(int number, XrefEntry entry) => _entries.TryAdd(number, entry);
}
