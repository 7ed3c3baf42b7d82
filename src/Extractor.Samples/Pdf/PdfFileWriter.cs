using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Extractor.Samples.Pdf;

/// <summary>
/// Writes a PDF file object by object straight to its stream, so a file of any length needs
/// memory for one object at a time: a classic cross-reference table and trailer, and an /ID
/// made from the content instead of the clock, so the same objects give the same bytes.
/// </summary>
internal sealed class PdfFileWriter : IDisposable
{
    private readonly Stream _output;
    private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private readonly Dictionary<int, long> _offsets = [];
    private long _position;
    private int _lastId;

    public PdfFileWriter(Stream output)
    {
        _output = output;
        // The binary comment tells transfer programs that the file is not text.
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /// <summary>A number for an object written later, so that objects can refer to one another in any order.</summary>
    public int Reserve() => ++_lastId;

    public void WriteObject(int id, string body) => Write($"{Open(id)}{body}\nendobj\n");

    /// <summary>A stream object; <paramref name="entries"/> are its dictionary's entries besides /Length and /Filter.</summary>
    public void WriteStream(int id, string entries, ReadOnlySpan<byte> data, bool compress)
    {
        var stored = compress ? Deflate(data) : data.ToArray();
        var filter = compress ? "/Filter /FlateDecode " : "";
        Write($"{Open(id)}<< {entries}{(entries.Length > 0 ? " " : "")}{filter}/Length {stored.Length} >>\nstream\n");
        Write(stored);
        Write("\nendstream\nendobj\n");
    }

    /// <summary>Writes the cross-reference table and the trailer; every reserved object must have been written.</summary>
    public void Finish(int catalog, int info)
    {
        var missing = Enumerable.Range(1, _lastId).Where(id => !_offsets.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"objects reserved but not written: {string.Join(", ", missing)}");
        }

        var xref = _position;
        var table = new StringBuilder($"xref\n0 {_lastId + 1}\n0000000000 65535 f \n");
        for (var id = 1; id <= _lastId; id++)
        {
            table.Append(CultureInfo.InvariantCulture, $"{_offsets[id]:D10} 00000 n \n");
        }

        Write(table.ToString());
        var fileId = Convert.ToHexString(_digest.GetHashAndReset());
        Write($"trailer\n<< /Size {_lastId + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{fileId}> <{fileId}>] >>\nstartxref\n{xref}\n%%EOF\n");
    }

    public void Dispose() => _digest.Dispose();

    private string Open(int id)
    {
        if (id < 1 || id > _lastId || !_offsets.TryAdd(id, _position))
        {
            throw new InvalidOperationException($"object {id} was not reserved or is written twice");
        }

        return $"{id} 0 obj\n";
    }

    private void Write(string text) => Write(Encoding.Latin1.GetBytes(text));

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _digest.AppendData(bytes);
        _position += bytes.Length;
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        // FlateDecode is the zlib format (header and Adler-32), not raw deflate.
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}
