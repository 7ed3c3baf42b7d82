using System.Collections;

namespace Extractor.Records;

/// <summary>
/// The breakdowns of what a record measures, as ordered key/value pairs: crop=lúa, season=đông xuân,
/// livestock=trâu, budget_level=tỉnh giao, scope=toàn huyện. Written <c>key=value; key=value</c>
/// (<see cref="ToString"/>, <see cref="Parse"/>); equal when the pairs are, in the same order.
/// </summary>
public sealed class RecordDimensions : IReadOnlyList<KeyValuePair<string, string>>, IEquatable<RecordDimensions>
{
    private readonly KeyValuePair<string, string>[] _pairs;

    private RecordDimensions(KeyValuePair<string, string>[] pairs) => _pairs = pairs;

    public static RecordDimensions None { get; } = new([]);

    /// <summary>The pairs in the order given; a key given twice keeps its first value.</summary>
    public static RecordDimensions Of(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var pair in pairs)
        {
            if (pair.Key.Length == 0 || pair.Value.Length == 0 || pair.Key.Contains('=') || pair.Key.Contains(';') || pair.Value.Contains(';'))
            {
                throw new ArgumentException($"not a dimension: '{pair.Key}={pair.Value}'", nameof(pairs));
            }

            if (!kept.Exists(p => p.Key == pair.Key))
            {
                kept.Add(pair);
            }
        }

        return kept.Count == 0 ? None : new([.. kept]);
    }

    /// <summary>Reads <c>crop=lúa; season=đông xuân</c> as <see cref="ToString"/> writes it; empty text is <see cref="None"/>.</summary>
    public static RecordDimensions Parse(string text) => Of(text
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries) is [var key, var value]
            ? KeyValuePair.Create(key, value)
            : throw new FormatException($"'{part}' is not key=value")));

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public string? this[string key] => Array.Find(_pairs, p => p.Key == key).Value;

    public KeyValuePair<string, string> this[int index] => _pairs[index];

    public int Count => _pairs.Length;

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(RecordDimensions? other) => other is not null && _pairs.SequenceEqual(other._pairs);

    public override bool Equals(object? obj) => Equals(obj as RecordDimensions);

    public override int GetHashCode() => _pairs.Aggregate(0, (hash, p) => HashCode.Combine(hash, p.Key, p.Value));

    /// <summary><c>crop=lúa; season=đông xuân</c>; empty when there are none.</summary>
    public override string ToString() => string.Join("; ", _pairs.Select(p => $"{p.Key}={p.Value}"));
}
