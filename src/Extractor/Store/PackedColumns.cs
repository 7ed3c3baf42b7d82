using System.Globalization;
using Extractor.Model;

namespace Extractor.Store;

/// <summary>
/// A paragraph's footnote references as one short text column: "3@120,4@388" is note 3 after
/// character 120 and note 4 after character 388; null for none, as most paragraphs have.
/// </summary>
internal static class PackedFootnoteRefs
{
    public static string? Pack(IReadOnlyList<FootnoteRef> refs) =>
        refs.Count == 0 ? null : string.Join(',', refs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Number}@{r.Offset}")));

    public static IReadOnlyList<FootnoteRef> Unpack(string? packed) =>
        packed is null
            ? []
            : [.. packed.Split(',').Select(r => r.Split('@')).Select(r => new FootnoteRef(
                int.Parse(r[0], CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture)))];
}

/// <summary>
/// One string object per distinct text read while a series is built: its units, places and
/// periods repeat across tens of thousands of heads, and every object kept alive is copied by
/// each garbage collection until the series is done.
/// </summary>
internal sealed class SharedTexts
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public string Of(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[256];
        if (utf8.Length > chars.Length)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        chars = chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)];
        var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars, out var text))
        {
            text = new string(chars);
            _texts[text] = text;
        }

        return text;
    }
}

/// <summary>
/// Writes what <see cref="PackedReader"/> reads: 7-bit encoded numbers, length-prefixed UTF-8,
/// decimals, and nullable values behind a flag.
/// </summary>
internal sealed class PackedWriter
{
    private readonly BinaryWriter _writer;

    private PackedWriter(BinaryWriter writer) => _writer = writer;

    /// <summary>The bytes <paramref name="write"/> puts down.</summary>
    public static byte[] Pack(Action<PackedWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            write(new PackedWriter(writer));
        }

        return stream.ToArray();
    }

    public void Number(long value) => _writer.Write7BitEncodedInt64(value);

    public void Text(string value) => _writer.Write(value);

    public void Decimal(decimal value) => _writer.Write(value);

    public void MaybeText(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    public void MaybeInt(int? value)
    {
        _writer.Write(value is not null);
        if (value is { } set)
        {
            _writer.Write(set);
        }
    }
}

/// <summary>Reads, without a stream, what <see cref="PackedWriter"/> wrote.</summary>
internal ref struct PackedReader(ReadOnlySpan<byte> bytes, SharedTexts texts)
{
    private ReadOnlySpan<byte> _rest = bytes;

    public long Number()
    {
        long value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _rest[0];
            _rest = _rest[1..];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    public string Text()
    {
        var length = (int)Number();
        var text = texts.Of(_rest[..length]);
        _rest = _rest[length..];
        return text;
    }

    public decimal Decimal()
    {
        ReadOnlySpan<int> bits =
        [
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_rest),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_rest[4..]),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_rest[8..]),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_rest[12..]),
        ];
        _rest = _rest[16..];
        return new decimal(bits);
    }

    public string? MaybeText() => Flag() ? Text() : null;

    public int? MaybeInt()
    {
        if (!Flag())
        {
            return null;
        }

        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_rest);
        _rest = _rest[4..];
        return value;
    }

    private bool Flag()
    {
        var set = _rest[0] != 0;
        _rest = _rest[1..];
        return set;
    }
}
