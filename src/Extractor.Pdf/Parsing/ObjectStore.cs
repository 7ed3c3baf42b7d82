using Extractor.Pdf.Encryption;
using Extractor.Pdf.Filters;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>
/// Loads indirect objects on first use and caches them. An offset that does not lead to its object falls back to a
/// table rebuilt by scanning; an object that cannot be read becomes null (recorded as a repair).
/// </summary>
internal sealed class ObjectStore
{
    private readonly ReadOnlyMemory<byte> _file;
    private readonly XrefTable _table;
    private readonly ReadContext _context;
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly Dictionary<int, ObjectStream?> _objectStreams = [];
    private readonly HashSet<int> _loading = [];
    private RebuiltXref? _scanned;

    public ObjectStore(ReadOnlyMemory<byte> file, XrefTable table, ReadContext context)
    {
        _file = file;
        _table = table;
        _context = context;
    }

    public StandardSecurityHandler? Security { get; set; }

    public int LoadedCount => _cache.Count;

    /// <summary>The value behind <paramref name="value"/>, following references (and references to references); null for missing objects.</summary>
    public PdfObject Resolve(PdfObject? value)
    {
        if (value is not PdfReference reference)
        {
            return value ?? PdfNull.Instance;
        }

        var result = Get(reference.Id.Number);
        if (result is not PdfReference)
        {
            return result;
        }

        var chain = new List<ObjectId> { reference.Id };
        while (result is PdfReference next)
        {
            if (chain.Contains(next.Id))
            {
                _context.Repair($"reference cycle {string.Join(" -> ", chain)} -> {next.Id}; resolved to null");
                return PdfNull.Instance;
            }

            if (chain.Count >= _context.Options.MaxReferenceDepth)
            {
                throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxReferenceDepth), $"references to references from {reference.Id} go deeper than {_context.Options.MaxReferenceDepth}");
            }

            chain.Add(next.Id);
            result = Get(next.Id.Number);
        }

        return result;
    }

    public PdfObject Get(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (!_loading.Add(number))
        {
            throw new PdfCorruptException($"object {number} is needed to read itself");
        }

        PdfObject value;
        try
        {
            _context.CheckDeadline();
            value = Load(number) ?? PdfNull.Instance;
        }
        catch (PdfCorruptException exception)
        {
            _context.Repair($"object {number} unreadable ({exception.Message}); read as null");
            value = PdfNull.Instance;
        }
        finally
        {
            _loading.Remove(number);
        }

        _cache[number] = value;
        return value;
    }

    /// <summary>Places the contents of the object streams a scan found, for objects no direct definition placed.</summary>
    public void PlaceObjectStreamContents(IEnumerable<int> objectStreams)
    {
        foreach (var streamNumber in objectStreams)
        {
            if (ObjectStreamAt(streamNumber) is { } stream)
            {
                for (var i = 0; i < stream.Numbers.Count; i++)
                {
                    _table.TryAdd(stream.Numbers[i], XrefEntry.InObjectStream(streamNumber, i));
                }
            }
        }
    }

    private PdfObject? Load(int number)
    {
        if (!_table.TryGet(number, out var entry))
        {
            // Missing from a table read from the file: the table may be wrong, so ask the scan.
            return _table.IsRebuilt || !Scanned().Table.TryGet(number, out var scanned) ? null : LoadInFile(number, scanned.Offset);
        }

        return entry.Kind switch
        {
            XrefEntryKind.InFile => LoadInFile(number, entry.Offset),
            XrefEntryKind.InObjectStream => LoadFromObjectStream(number, entry),
            _ => null,
        };
    }

    private PdfObject? LoadInFile(int number, long offset)
    {
        var found = TryReadAt(offset, number);
        if (found is null && !_table.IsRebuilt && Scanned().Table.TryGet(number, out var scanned) && scanned.Offset != offset)
        {
            _context.Repair($"object {number} is not at its cross-reference offset {offset}; found at {scanned.Offset} by scanning");
            found = TryReadAt(scanned.Offset, number);
        }

        if (found is not { } parsed)
        {
            throw new PdfCorruptException($"object {number} not found at offset {offset}");
        }

        return Security is null ? parsed.Value : Decrypt(parsed.Id, parsed.Value);
    }

    private IndirectObject? TryReadAt(long offset, int number)
    {
        if (offset < 0 || offset >= _file.Length)
        {
            return null;
        }

        try
        {
            var parsed = new ObjectParser(new PdfLexer(_file, (int)offset), _context).ReadIndirectObject(ResolveLength);
            return parsed.Id.Number == number ? parsed : null;
        }
        catch (PdfCorruptException) when (!_table.IsRebuilt)
        {
            return null;
        }
    }

    private long? ResolveLength(PdfReference reference)
    {
        try
        {
            return Resolve(reference) is PdfInteger length ? length.Value : null;
        }
        catch (PdfCorruptException)
        {
            return null;
        }
    }

    private PdfObject? LoadFromObjectStream(int number, XrefEntry entry) => ObjectStreamAt(entry.StreamNumber)?.Read(number, entry.Index);

    private ObjectStream? ObjectStreamAt(int streamNumber)
    {
        if (_objectStreams.TryGetValue(streamNumber, out var cached))
        {
            return cached;
        }

        ObjectStream? objectStream = null;
        if (Get(streamNumber) is PdfStream stream)
        {
            var id = new ObjectId(streamNumber, 0);
            var decoded = StreamDecoder.Decode(stream, Resolve, _context, $"object stream {id}", StreamUse.Syntax);
            objectStream = ObjectStream.Parse(id, stream.Dictionary, decoded.Data, _context);
        }

        _objectStreams[streamNumber] = objectStream;
        return objectStream;
    }

    private RebuiltXref Scanned() => _scanned ??= new XrefRebuilder(_file, _context).Rebuild();

    private PdfObject Decrypt(ObjectId id, PdfObject value)
    {
        switch (value)
        {
            case PdfString text:
                return new PdfString(Security!.DecryptString(id, text.Bytes), text.IsHex);
            case PdfArray array:
                return new PdfArray(array.Select(item => Decrypt(id, item)).ToArray());
            case PdfDictionary dictionary:
                return new PdfDictionary(dictionary.ToDictionary(e => e.Key, e => Decrypt(id, e.Value)));
            case PdfStream stream:
                var streamDictionary = (PdfDictionary)Decrypt(id, stream.Dictionary);
                return new PdfStream(streamDictionary, IsEncrypted(streamDictionary) ? Security!.DecryptStream(id, stream.EncodedData.Span) : stream.EncodedData);
            default:
                return value;
        }
    }

    private bool IsEncrypted(PdfDictionary stream)
    {
        var type = stream.GetName("Type");
        if (type == "XRef" || (type == "Metadata" && !Security!.EncryptMetadata))
        {
            return false;
        }

        // A stream may name its own crypt filter; the only one besides the default is Identity (none).
        var filters = Resolve(stream["Filter"]);
        var hasCrypt = filters is PdfName { Value: "Crypt" } || (filters is PdfArray array && array.Any(f => f is PdfName { Value: "Crypt" }));
        return !hasCrypt;
    }
}
