using System.Text;
using Extractor.Pdf.Encryption;
using Extractor.Pdf.Filters;
using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf;

/// <summary>
/// A PDF file opened for reading. Opening reads the cross-reference data and trailer only; objects are parsed on
/// first use and cached. Not thread-safe. Every error raised on purpose is a <see cref="PdfException"/>.
/// </summary>
public sealed class PdfDocument
{
    private const int HeaderSearchBytes = 1024;

    private readonly ObjectStore _store;
    private readonly ReadContext _context;
    private List<PdfPage>? _pages;

    private PdfDocument(string version, PdfDictionary trailer, PdfDictionary catalog, ObjectStore store, ReadContext context)
    {
        Version = version;
        Trailer = trailer;
        Catalog = catalog;
        _store = store;
        _context = context;
    }

    /// <summary>The version in the file header, e.g. "1.7".</summary>
    public string Version { get; }

    public PdfDictionary Trailer { get; }

    public PdfDictionary Catalog { get; }

    public bool IsEncrypted => _store.Security is not null;

    /// <summary>What lenient reading repaired, in order; empty for a sound file.</summary>
    public IReadOnlyList<string> Diagnostics => _context.Diagnostics;

    public IReadOnlyList<PdfPage> Pages => _pages ??= Guard(() => PageTree.Walk(this, _store, Catalog["Pages"], _context));

    public int PageCount => Pages.Count;

    /// <summary>Limits, deadline and repair log of this document, for the readers built on it (content, fonts).</summary>
    internal ReadContext Context => _context;

    /// <summary>How many indirect objects have been parsed so far (laziness is observable in tests).</summary>
    internal int LoadedObjectCount => _store.LoadedCount;

    /// <summary>Bytes decoded from the document's streams so far (the decode limits are observable in tests and benchmarks).</summary>
    public long DecodedBytes => _context.DecodedBytes;

    /// <summary>A page's or form's content stream decoded under <see cref="PdfReadOptions.MaxSyntaxStreamBytes"/>.</summary>
    internal DecodedStream DecodeContent(PdfStream stream, string what) => Guard(() => StreamDecoder.Decode(stream, _store.Resolve, _context, what, StreamUse.Syntax));

    /// <summary>Reads the whole file into memory and opens it; file-system errors surface as the usual IO exceptions.</summary>
    public static PdfDocument Open(string path, PdfReadOptions? options = null) => Open(File.ReadAllBytes(path), options);

    public static PdfDocument Open(byte[] data, PdfReadOptions? options = null)
    {
        var context = new ReadContext(options ?? PdfReadOptions.Default);
        return context.Guard(() => OpenFile(data, context));
    }

    /// <summary>The indirect object with this number (generations are not checked: writers get them wrong more often than files reuse numbers).</summary>
    public PdfObject GetObject(ObjectId id) => Guard(() => _store.Get(id.Number));

    /// <summary>The object behind a reference (null for a missing one); any other object as it is.</summary>
    public PdfObject Resolve(PdfObject? value) => Guard(() => _store.Resolve(value));

    /// <summary>The object behind <paramref name="value"/> when it is a <typeparamref name="T"/>, else null.</summary>
    public T? Resolve<T>(PdfObject? value)
        where T : PdfObject => Resolve(value) as T;

    /// <summary>Runs the stream's filters; image codecs (DCT, JPX, CCITT, JBIG2) are left encoded, see <see cref="DecodedStream"/>.</summary>
    public DecodedStream Decode(PdfStream stream) => Guard(() => StreamDecoder.Decode(stream, _store.Resolve, _context, "stream"));

    internal IReadOnlyList<PdfStream> ContentStreamsOf(PdfPage page) => Guard(() =>
    {
        var contents = _store.Resolve(page.Dictionary["Contents"]);
        var items = contents is PdfArray array ? array.Select(_store.Resolve) : [contents];
        return (IReadOnlyList<PdfStream>)items.OfType<PdfStream>().ToList();
    });

    internal byte[] ContentBytesOf(PdfPage page) => Guard(() =>
    {
        var streams = ContentStreamsOf(page);
        var parts = new List<ReadOnlyMemory<byte>>(streams.Count);
        foreach (var stream in streams)
        {
            var decoded = StreamDecoder.Decode(stream, _store.Resolve, _context, $"page {page.Number} content", StreamUse.Syntax);
            if (decoded.ImageFilter is null)
            {
                parts.Add(decoded.Data);
            }
            else
            {
                _context.Repair($"page {page.Number} content stream is /{decoded.ImageFilter} image data; skipped");
            }
        }

        return Join(parts);
    });

    private T Guard<T>(Func<T> action) => _context.Guard(action);

    private static byte[] Join(List<ReadOnlyMemory<byte>> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0].ToArray();
        }

        var output = new byte[Math.Max(0, parts.Sum(p => p.Length + 1) - 1)];
        var at = 0;
        foreach (var part in parts)
        {
            if (at > 0)
            {
                output[at++] = (byte)'\n';
            }

            part.Span.CopyTo(output.AsSpan(at));
            at += part.Length;
        }

        return output;
    }

    private static PdfDocument OpenFile(byte[] data, ReadContext context)
    {
        var version = ReadHeader(data);
        XrefTable? table = null;
        try
        {
            table = new XrefReader(data, context).Read();
        }
        catch (PdfCorruptException exception)
        {
            context.Repair($"cross-reference data unreadable ({exception.Message}); rebuilt by scanning the file");
        }

        if (table is not null && TryOpenWith(table, data, version, context, rebuilt: null) is { } document)
        {
            return document;
        }

        if (table is not null)
        {
            context.Repair("the cross-reference data leads to no document catalog; rebuilt by scanning the file");
        }

        var rebuilt = new XrefRebuilder(data, context).Rebuild();
        return TryOpenWith(rebuilt.Table, data, version, context, rebuilt)
            ?? throw new PdfCorruptException("no document catalog with a page tree found");
    }

    private static PdfDocument? TryOpenWith(XrefTable table, byte[] data, string version, ReadContext context, RebuiltXref? rebuilt)
    {
        var store = new ObjectStore(data, table, context);
        var trailer = rebuilt is null ? table.Trailer : RecoverTrailer(store, rebuilt);
        if (store.Resolve(trailer["Encrypt"]) is PdfDictionary encrypt)
        {
            var firstId = store.Resolve(trailer["ID"]) is PdfArray { Count: > 0 } ids && store.Resolve(ids[0]) is PdfString id ? id.Bytes : [];
            store.Security = StandardSecurityHandler.Open(Shallow(store, encrypt), firstId, context);
        }

        if (rebuilt is not null)
        {
            store.PlaceObjectStreamContents(rebuilt.ObjectStreams);
        }

        var catalog = CatalogOf(store, trailer["Root"]);
        if (catalog is null && rebuilt is not null)
        {
            catalog = rebuilt.Catalogs.Reverse().Select(number => CatalogOf(store, new PdfReference(new ObjectId(number, 0)))).FirstOrDefault(c => c is not null);
        }

        return catalog is null ? null : new PdfDocument(version, trailer, catalog, store, context);
    }

    /// <summary>A scanned file's trailer: the trailers found, or else the dictionary of its last cross-reference stream.</summary>
    private static PdfDictionary RecoverTrailer(ObjectStore store, RebuiltXref rebuilt)
    {
        if (rebuilt.Table.Trailer.ContainsKey("Root"))
        {
            return rebuilt.Table.Trailer;
        }

        return rebuilt.XrefStreams.Reverse()
            .Select(number => (store.Get(number) as PdfStream)?.Dictionary)
            .FirstOrDefault(dictionary => dictionary is not null && dictionary.ContainsKey("Root"))
            ?? rebuilt.Table.Trailer;
    }

    private static PdfDictionary? CatalogOf(ObjectStore store, PdfObject? root) =>
        store.Resolve(root) is PdfDictionary catalog && catalog.ContainsKey("Pages") ? catalog : null;

    /// <summary>The encryption dictionary with its direct values resolved (writers sometimes make /O, /U or /CF indirect).</summary>
    private static PdfDictionary Shallow(ObjectStore store, PdfDictionary dictionary) =>
        new(dictionary.ToDictionary(e => e.Key, e => store.Resolve(e.Value)));

    private static string ReadHeader(byte[] data)
    {
        var head = data.AsSpan(0, Math.Min(data.Length, HeaderSearchBytes));
        var at = head.IndexOf("%PDF-"u8);
        if (at < 0)
        {
            throw new PdfCorruptException($"not a PDF: no %PDF- header in the first {HeaderSearchBytes} bytes");
        }

        var lexer = new PdfLexer(data, at + 5);
        return Encoding.ASCII.GetString(lexer.ReadRegularToken());
    }
}
