using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>
/// Rebuilds the cross-reference table by scanning the whole file for <c>N G obj</c> headers and <c>trailer</c>
/// dictionaries, as mature readers do when the file's own data is missing or wrong. Later definitions win, as in an update.
/// </summary>
internal sealed class XrefRebuilder
{
    private const int PeekWindow = 4096;

    private readonly ReadOnlyMemory<byte> _file;
    private readonly ReadContext _context;

    public XrefRebuilder(ReadOnlyMemory<byte> file, ReadContext context)
    {
        _file = file;
        _context = context;
    }

    /// <summary>The rebuilt table; objects whose header is followed by /Catalog, /XRef or /ObjStm are listed for the caller's recovery.</summary>
    public RebuiltXref Rebuild()
    {
        var span = _file.Span;
        var entries = new Dictionary<int, XrefEntry>();
        var catalogs = new List<int>();
        var xrefStreams = new List<int>();
        var objectStreams = new List<int>();
        var position = 0;
        var hits = 0;
        while (position < span.Length)
        {
            var found = span[position..].IndexOf("obj"u8);
            if (found < 0)
            {
                break;
            }

            if ((++hits & 1023) == 0)
            {
                _context.CheckDeadline();
            }

            var at = position + found;
            position = at + 3;
            if ((position < span.Length && PdfLexer.IsRegular(span[position])) || HeaderStart(span, at) is not { } header)
            {
                continue;
            }

            entries[header.Number] = XrefEntry.InFile(header.Offset);
            if (entries.Count > _context.Options.MaxObjects)
            {
                throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxObjects), $"the file holds more than {_context.Options.MaxObjects} objects");
            }

            var window = Window(span, position);
            AddIfNamed(window, "/Catalog"u8, header.Number, catalogs);
            AddIfNamed(window, "/XRef"u8, header.Number, xrefStreams);
            AddIfNamed(window, "/ObjStm"u8, header.Number, objectStreams);
        }

        return new RebuiltXref(new XrefTable(entries, ReadTrailers(), isRebuilt: true), catalogs, xrefStreams, objectStreams);
    }

    /// <summary>The object number and offset when the bytes before "obj" at <paramref name="at"/> read "N G ".</summary>
    private static (int Number, int Offset)? HeaderStart(ReadOnlySpan<byte> span, int at)
    {
        var i = at - 1;
        while (i >= 0 && PdfLexer.IsWhitespace(span[i]))
        {
            i--;
        }

        var generationEnd = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }

        if (i + 1 == generationEnd || generationEnd - (i + 1) > 5 || i < 0 || !PdfLexer.IsWhitespace(span[i]))
        {
            return null;
        }

        while (i >= 0 && PdfLexer.IsWhitespace(span[i]))
        {
            i--;
        }

        var numberEnd = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }

        var numberStart = i + 1;
        if (numberStart == numberEnd || numberEnd - numberStart > 9 || (i >= 0 && PdfLexer.IsRegular(span[i])))
        {
            return null;
        }

        return PdfLexer.TryParseUnsigned(span[numberStart..numberEnd], out var number) ? ((int)number, numberStart) : null;
    }

    /// <summary>The start of an object's body, up to its stream data or end, where its type name would be.</summary>
    private static ReadOnlySpan<byte> Window(ReadOnlySpan<byte> span, int start)
    {
        var window = span.Slice(start, Math.Min(PeekWindow, span.Length - start));
        var end = window.IndexOf("stream"u8);
        var endobj = window.IndexOf("endobj"u8);
        if (endobj >= 0 && (end < 0 || endobj < end))
        {
            end = endobj;
        }

        return end >= 0 ? window[..end] : window;
    }

    private static void AddIfNamed(ReadOnlySpan<byte> window, ReadOnlySpan<byte> name, int number, List<int> list)
    {
        var at = window.IndexOf(name);
        var end = at + name.Length;
        if (at >= 0 && (end == window.Length || !PdfLexer.IsRegular(window[end])))
        {
            list.Add(number);
        }
    }

    /// <summary>Every readable trailer dictionary, merged with the last one in the file first.</summary>
    private PdfDictionary ReadTrailers()
    {
        var span = _file.Span;
        var trailers = new List<PdfDictionary>();
        var position = 0;
        int found;
        while ((found = span[position..].IndexOf("trailer"u8)) >= 0)
        {
            _context.CheckDeadline();
            var lexer = new PdfLexer(_file, position + found + "trailer".Length);
            position += found + 1;
            try
            {
                if (new ObjectParser(lexer, _context).ReadObject() is PdfDictionary trailer)
                {
                    trailers.Add(trailer);
                }
            }
            catch (PdfCorruptException)
            {
                // A damaged trailer is one of several; the others may do.
            }
        }

        var merged = new Dictionary<string, PdfObject>();
        for (var i = trailers.Count - 1; i >= 0; i--)
        {
            foreach (var (key, value) in trailers[i])
            {
                merged.TryAdd(key, value);
            }
        }

        return new PdfDictionary(merged);
    }
}

/// <summary>A rebuilt table with the objects that look like catalogs, cross-reference streams and object streams.</summary>
internal sealed record RebuiltXref(XrefTable Table, IReadOnlyList<int> Catalogs, IReadOnlyList<int> XrefStreams, IReadOnlyList<int> ObjectStreams);
