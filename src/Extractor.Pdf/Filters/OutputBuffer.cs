namespace Extractor.Pdf.Filters;

/// <summary>A growing byte buffer that refuses to grow past the decoded-size limit of the stream being decoded.</summary>
internal sealed class OutputBuffer
{
    private readonly long _maxBytes;
    private readonly string _limit;
    private readonly string _what;
    private byte[] _buffer;
    private int _length;

    public OutputBuffer(int initialCapacity, long maxBytes, string limit, string what)
    {
        _maxBytes = Math.Min(maxBytes, Array.MaxLength);
        _buffer = new byte[Math.Min(Math.Clamp(initialCapacity, 64, 1 << 20), _maxBytes)];
        _limit = limit;
        _what = what;
    }

    public int Length => _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Write(byte value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public void Write(ReadOnlySpan<byte> values)
    {
        Grow(values.Length);
        values.CopyTo(_buffer.AsSpan(_length));
        _length += values.Length;
    }

    /// <summary>Appends a copy of already written bytes, as back-references in LZW need.</summary>
    public void WriteFromSelf(int start, int count)
    {
        Grow(count);
        _buffer.AsSpan(start, count).CopyTo(_buffer.AsSpan(_length));
        _length += count;
    }

    /// <summary>Room for at least <paramref name="sizeHint"/> bytes; commit what was filled with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int sizeHint)
    {
        // Near the limit ask only for what is left, so that a stream ending exactly there still fits.
        Grow((int)Math.Min(sizeHint, Math.Max(1, _maxBytes - _length)));
        return _buffer.AsSpan(_length);
    }

    public void Advance(int count)
    {
        _length += count;
        Check(_length);
    }

    public ReadOnlyMemory<byte> ToMemory() => _buffer.AsMemory(0, _length);

    private void Grow(int extra)
    {
        var needed = (long)_length + extra;
        Check(needed);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var size = Math.Min(Math.Max(needed, (long)_buffer.Length * 2), _maxBytes);
        Array.Resize(ref _buffer, (int)size);
    }

    private void Check(long needed)
    {
        if (needed > _maxBytes)
        {
            throw new PdfLimitExceededException(_limit, $"{_what} decodes to more than {_maxBytes} bytes");
        }
    }
}
