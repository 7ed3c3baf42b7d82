using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Extractor.Pdf.Objects;

/// <summary>A dictionary keyed by name value (without the slash). Values may be references.</summary>
public sealed class PdfDictionary : PdfObject, IReadOnlyDictionary<string, PdfObject>
{
    public static readonly PdfDictionary Empty = new(new Dictionary<string, PdfObject>());

    private readonly Dictionary<string, PdfObject> _entries;

    public PdfDictionary(Dictionary<string, PdfObject> entries) => _entries = entries;

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<PdfObject> Values => _entries.Values;

    /// <summary>The value under <paramref name="key"/>, or null when absent (the PDF meaning of an absent key).</summary>
    public PdfObject? this[string key] => _entries.GetValueOrDefault(key);

    PdfObject IReadOnlyDictionary<string, PdfObject>.this[string key] => _entries[key];

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PdfObject value) => _entries.TryGetValue(key, out value);

    /// <summary>The name under <paramref name="key"/> when it is a direct name.</summary>
    public string? GetName(string key) => (this[key] as PdfName)?.Value;

    public IEnumerator<KeyValuePair<string, PdfObject>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    public override string ToString() => "<<" + string.Concat(_entries.Select(e => $" /{e.Key} {e.Value}")) + " >>";
}
