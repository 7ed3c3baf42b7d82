using System.Collections;

namespace Extractor.Pdf.Objects;

public sealed class PdfArray : PdfObject, IReadOnlyList<PdfObject>
{
    private readonly PdfObject[] _items;

    public PdfArray(PdfObject[] items) => _items = items;

    public int Count => _items.Length;

    public PdfObject this[int index] => _items[index];

    public IEnumerator<PdfObject> GetEnumerator() => ((IEnumerable<PdfObject>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => "[" + string.Join(' ', _items.Select(i => i.ToString())) + "]";
}
