using System.IO.Compression;
using System.Text;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

/// <summary>
/// Writes small PDFs for tests with exact offsets: a classic table or a cross-reference stream, optionally with
/// objects packed in an object stream, and incremental updates on top of earlier bytes.
/// </summary>
internal sealed class PdfBuilder
{
    private readonly SortedDictionary<int, byte[]> _objects = [];

    /// <summary>A catalog (1), a page tree (2) and one page per content (3, 5, ...) with its content stream (4, 6, ...).</summary>
    public static PdfBuilder WithPages(params string[] contents)
    {
        var builder = new PdfBuilder();
        var kids = string.Join(' ', contents.Select((_, i) => $"{3 + (2 * i)} 0 R"));
        builder.Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add(2, $"<< /Type /Pages /Kids [{kids}] /Count {contents.Length} /MediaBox [0 0 595 842] >>");
        for (var i = 0; i < contents.Length; i++)
        {
            builder.Add(3 + (2 * i), $"<< /Type /Page /Parent 2 0 R /Contents {4 + (2 * i)} 0 R /Resources << >> >>");
            builder.AddStream(4 + (2 * i), "", Encoding.ASCII.GetBytes(contents[i]));
        }

        return builder;
    }

    /// <summary>A catalog (1), a page tree (2) and one page (3) with these resources and extra entries, its content in 4.</summary>
    public static PdfBuilder WithPage(string content, string resources, string pageEntries = "")
    {
        var builder = new PdfBuilder();
        builder.Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>");
        builder.Add(3, $"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources {resources} {pageEntries} >>");
        builder.AddStream(4, "", Encoding.Latin1.GetBytes(content));
        return builder;
    }

    public PdfBuilder Add(int number, string body)
    {
        _objects[number] = Encoding.Latin1.GetBytes(body);
        return this;
    }

    /// <summary>A stream object; <paramref name="entries"/> go into its dictionary next to the /Length written here.</summary>
    public PdfBuilder AddStream(int number, string entries, byte[] data, string? length = null)
    {
        _objects[number] = [.. Encoding.Latin1.GetBytes($"<< {entries} /Length {length ?? data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} >>\nstream\n"), .. data, .. "\nendstream"u8];
        return this;
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A whole file with a classic cross-reference table.</summary>
    public byte[] Build(string trailerEntries = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = WriteObjects(output);
        var xref = output.Position;
        WriteTable(output, offsets);
        Write(output, $"trailer\n<< /Size {_objects.Keys.Max() + 1} /Root 1 0 R {trailerEntries} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>
    /// A whole file with a flate-compressed cross-reference stream (PNG Up predictor), the objects in
    /// <paramref name="packed"/> placed in object stream <paramref name="objectStreamNumber"/>.
    /// </summary>
    public byte[] BuildWithXrefStream(int[] packed, int objectStreamNumber, string objectStreamEntries = "")
    {
        var header = new StringBuilder();
        var body = new MemoryStream();
        foreach (var number in packed)
        {
            header.Append(System.Globalization.CultureInfo.InvariantCulture, $"{number} {body.Length} ");
            body.Write(_objects[number]);
            body.WriteByte((byte)'\n');
        }

        var first = header.Length;
        var direct = new PdfBuilder();
        foreach (var (number, bytes) in _objects.Where(o => !packed.Contains(o.Key)))
        {
            direct._objects[number] = bytes;
        }

        direct.AddStream(objectStreamNumber, $"/Type /ObjStm /N {packed.Length} /First {first} {objectStreamEntries}", [.. Encoding.ASCII.GetBytes(header.ToString()), .. body.ToArray()]);

        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        var offsets = direct.WriteObjects(output);
        var xrefNumber = Math.Max(_objects.Keys.Max(), objectStreamNumber) + 1;
        var xrefOffset = output.Position;
        var rows = new List<byte[]>();
        for (var number = 0; number <= xrefNumber; number++)
        {
            var index = Array.IndexOf(packed, number);
            rows.Add(
                number == xrefNumber ? Row(1, xrefOffset, 0)
                : offsets.TryGetValue(number, out var offset) ? Row(1, offset, 0)
                : index >= 0 ? Row(2, objectStreamNumber, index)
                : Row(0, 0, 0));
        }

        var encoded = Deflate(PngUp(rows));
        direct._objects.Clear();
        direct.AddStream(xrefNumber, $"/Type /XRef /Size {xrefNumber + 1} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >>", encoded);
        direct.WriteObjects(output);
        Write(output, $"startxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>An incremental update: these objects appended to <paramref name="previous"/> with a table whose /Prev is the old one.</summary>
    public byte[] BuildUpdate(byte[] previous, int size)
    {
        var text = Encoding.Latin1.GetString(previous);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var previousXref = text[(startxref + 9)..].Trim().Split('\n')[0].Trim();
        using var output = new MemoryStream();
        output.Write(previous);
        var offsets = WriteObjects(output);
        var xref = output.Position;
        WriteTable(output, offsets);
        Write(output, $"trailer\n<< /Size {size} /Root 1 0 R /Prev {previousXref} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private Dictionary<int, long> WriteObjects(MemoryStream output)
    {
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n");
            output.Write(body);
            Write(output, "\nendobj\n");
        }

        return offsets;
    }

    /// <summary>A table of one-object subsections for the objects written, plus object 0.</summary>
    private static void WriteTable(MemoryStream output, Dictionary<int, long> offsets)
    {
        Write(output, "xref\n0 1\n0000000000 65535 f\r\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Key))
        {
            Write(output, $"{number} 1\n{offset:D10} 00000 n\r\n");
        }
    }

    private static byte[] Row(int type, long second, int third) =>
        [(byte)type, (byte)(second >> 24), (byte)(second >> 16), (byte)(second >> 8), (byte)second, (byte)(third >> 8), (byte)third];

    private static byte[] PngUp(List<byte[]> rows)
    {
        var output = new List<byte>();
        var previous = new byte[rows[0].Length];
        foreach (var row in rows)
        {
            output.Add(2);
            output.AddRange(row.Select((b, i) => (byte)(b - previous[i])));
            previous = row;
        }

        return [.. output];
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
