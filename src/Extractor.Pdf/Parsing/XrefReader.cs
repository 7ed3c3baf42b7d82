using Extractor.Pdf.Filters;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>
/// Reads the cross-reference chain from <c>startxref</c>: classic tables, cross-reference streams, hybrid files
/// (/XRefStm) and incremental updates (/Prev). Any damage raises <see cref="PdfCorruptException"/> so the caller can rebuild.
/// </summary>
internal sealed class XrefReader
{
    private readonly ReadOnlyMemory<byte> _file;
    private readonly ReadContext _context;

    public XrefReader(ReadOnlyMemory<byte> file, ReadContext context)
    {
        _file = file;
        _context = context;
    }

    public XrefTable Read()
    {
        long? offset = FindStartXref();
        var entries = new Dictionary<int, XrefEntry>();
        var trailer = new Dictionary<string, PdfObject>();
        var visited = new HashSet<long>();
        while (offset is { } at)
        {
            if (!visited.Add(at))
            {
                _context.Repair($"cross-reference /Prev chain loops back to offset {at}");
                break;
            }

            _context.CheckDeadline();
            var (section, sectionTrailer) = ReadSection(at);
            foreach (var (number, entry) in section)
            {
                entries.TryAdd(number, entry);
            }

            foreach (var (key, value) in sectionTrailer)
            {
                trailer.TryAdd(key, value);
            }

            CheckObjectCount(entries.Count);
            offset = OffsetOf(sectionTrailer["Prev"]);
        }

        return new XrefTable(entries, new PdfDictionary(trailer), isRebuilt: false);
    }

    private long FindStartXref()
    {
        var span = _file.Span;
        var at = span.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            throw new PdfCorruptException("no startxref");
        }

        var lexer = new PdfLexer(_file, at + "startxref".Length);
        if (!lexer.TryReadUnsignedInteger(out var offset) || offset >= span.Length)
        {
            throw new PdfCorruptException("startxref does not hold an offset inside the file");
        }

        return offset;
    }

    private (Dictionary<int, XrefEntry> Entries, PdfDictionary Trailer) ReadSection(long offset)
    {
        var lexer = new PdfLexer(_file, (int)offset);
        if (!lexer.TryReadKeyword("xref"u8))
        {
            return ReadXrefStream(offset);
        }

        var entries = ReadClassicEntries(lexer);
        if (!lexer.TryReadKeyword("trailer"u8))
        {
            throw new PdfCorruptException($"cross-reference table at offset {offset} has no trailer");
        }

        var parser = new ObjectParser(lexer, _context);
        var trailer = parser.ReadObject() as PdfDictionary ?? throw new PdfCorruptException($"trailer at offset {offset} is not a dictionary");
        if (OffsetOf(trailer["XRefStm"]) is { } streamOffset)
        {
            // Hybrid file: the stream places the objects that the table leaves out or marks free (those in object streams).
            foreach (var (number, entry) in ReadXrefStream(streamOffset).Entries)
            {
                if (!entries.TryGetValue(number, out var existing) || existing.Kind == XrefEntryKind.Free)
                {
                    entries[number] = entry;
                }
            }
        }

        return (entries, trailer);
    }

    private Dictionary<int, XrefEntry> ReadClassicEntries(PdfLexer lexer)
    {
        var entries = new Dictionary<int, XrefEntry>();
        while (true)
        {
            lexer.SkipWhitespace();
            if (lexer.PeekByte() is 't' or -1)
            {
                return entries;
            }

            if (!lexer.TryReadUnsignedInteger(out var first) || !lexer.TryReadUnsignedInteger(out var count))
            {
                throw new PdfCorruptException($"bad cross-reference subsection header at offset {lexer.Position}");
            }

            CheckObjectCount(first + count);
            for (var i = 0; i < count; i++)
            {
                if (!lexer.TryReadUnsignedInteger(out var offset) || !lexer.TryReadUnsignedInteger(out var generation))
                {
                    throw new PdfCorruptException($"bad cross-reference entry at offset {lexer.Position}");
                }

                lexer.SkipWhitespace();
                var type = lexer.ReadRegularToken();
                if (type.Length != 1 || type[0] is not ((byte)'n' or (byte)'f'))
                {
                    throw new PdfCorruptException($"bad cross-reference entry type at offset {lexer.Position}");
                }

                if (i == 0 && first == 1 && type[0] == 'f' && generation == 65535)
                {
                    // A common writer bug: the subsection starts at 1 but lists object 0 first.
                    _context.Repair("cross-reference subsection starts at 1 with object 0's entry; renumbered from 0");
                    first = 0;
                }

                var number = (int)(first + i);
                entries.TryAdd(number, type[0] == 'n' && offset > 0 ? XrefEntry.InFile(offset) : XrefEntry.Free);
            }
        }
    }

    private (Dictionary<int, XrefEntry> Entries, PdfDictionary Trailer) ReadXrefStream(long offset)
    {
        var lexer = new PdfLexer(_file, (int)offset);
        // During cross-reference reading nothing can be resolved yet: an indirect /Length is recovered from endstream.
        var parsed = new ObjectParser(lexer, _context).ReadIndirectObject(_ => null);
        if (parsed.Value is not PdfStream stream || stream.Dictionary["W"] is not PdfArray widthsArray)
        {
            throw new PdfCorruptException($"no cross-reference table or stream at offset {offset}");
        }

        var dictionary = stream.Dictionary;
        var widths = widthsArray.Select(w => w is PdfInteger { Value: >= 0 and <= 8 } i ? (int)i.Value : throw new PdfCorruptException($"cross-reference stream {parsed.Id} has a bad /W")).ToArray();
        if (widths.Length < 3)
        {
            throw new PdfCorruptException($"cross-reference stream {parsed.Id} has fewer than 3 /W fields");
        }

        var size = dictionary["Size"] is PdfInteger { Value: >= 0 } s ? s.Value : 0;
        var index = dictionary["Index"] is PdfArray indexArray
            ? indexArray.OfType<PdfInteger>().Select(i => i.Value).ToArray()
            : [0, size];
        var data = StreamDecoder.Decode(stream, value => value is null or PdfReference ? PdfNull.Instance : value, _context, $"cross-reference stream {parsed.Id}", StreamUse.Syntax).Data.Span;
        var rowLength = widths.Sum();
        var entries = new Dictionary<int, XrefEntry>();
        var row = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            CheckObjectCount(index[pair] + index[pair + 1]);
            for (long number = index[pair]; number < index[pair] + index[pair + 1] && (row + 1) * rowLength <= data.Length; number++, row++)
            {
                var fields = data.Slice(row * rowLength, rowLength);
                // A zero-width type field means type 1.
                var type = widths[0] == 0 ? 1 : Field(fields, 0, widths[0]);
                var second = Field(fields, widths[0], widths[1]);
                var third = Field(fields, widths[0] + widths[1], widths[2]);
                var entry = type switch
                {
                    0 => XrefEntry.Free,
                    1 when second > 0 => XrefEntry.InFile(second),
                    2 when second <= int.MaxValue && third <= int.MaxValue => XrefEntry.InObjectStream((int)second, (int)third),
                    _ => (XrefEntry?)null,
                };
                if (entry is { } e)
                {
                    entries.TryAdd((int)number, e);
                }
            }
        }

        return (entries, dictionary);
    }

    private static long Field(ReadOnlySpan<byte> row, int start, int width)
    {
        long value = 0;
        for (var i = start; i < start + width; i++)
        {
            value = (value << 8) | row[i];
        }

        return value;
    }

    private long? OffsetOf(PdfObject? value) => value is PdfInteger { Value: >= 0 } offset && offset.Value < _file.Length ? offset.Value : null;

    private void CheckObjectCount(long count)
    {
        if (count > _context.Options.MaxObjects)
        {
            throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxObjects), $"the cross-reference data declares {count} objects, more than {_context.Options.MaxObjects}");
        }
    }
}
