using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>
/// An object stream (/Type /ObjStm): a header of N pairs "number offset", then the objects from /First on.
/// A /First that contradicts the header is replaced by where the header really ends.
/// </summary>
internal sealed class ObjectStream
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int[] _numbers;
    private readonly int[] _offsets;
    private readonly int _first;
    private readonly ReadContext _context;

    private ObjectStream(ReadOnlyMemory<byte> data, int[] numbers, int[] offsets, int first, ReadContext context)
    {
        _data = data;
        _numbers = numbers;
        _offsets = offsets;
        _first = first;
        _context = context;
    }

    public IReadOnlyList<int> Numbers => _numbers;

    public static ObjectStream Parse(ObjectId id, PdfDictionary dictionary, ReadOnlyMemory<byte> data, ReadContext context)
    {
        var count = dictionary["N"] is PdfInteger { Value: >= 0 } n ? n.Value : 0;
        if (count > context.Options.MaxObjects)
        {
            throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxObjects), $"object stream {id} declares {count} objects, more than {context.Options.MaxObjects}");
        }

        var lexer = new PdfLexer(data);
        var numbers = new List<int>();
        var offsets = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (!lexer.TryReadUnsignedInteger(out var number) || !lexer.TryReadUnsignedInteger(out var offset) || number > int.MaxValue || offset > data.Length)
            {
                context.Repair($"object stream {id} header ends after {i} of {count} entries");
                break;
            }

            numbers.Add((int)number);
            offsets.Add((int)offset);
        }

        lexer.SkipWhitespace();
        var headerEnd = lexer.Position;
        var first = dictionary["First"] is PdfInteger { Value: >= 0 } f && f.Value <= data.Length ? (int)f.Value : -1;
        if (first < headerEnd)
        {
            context.Repair($"object stream {id} has a bad /First; objects read from the end of its header ({headerEnd})");
            first = headerEnd;
        }

        return new ObjectStream(data, [.. numbers], [.. offsets], first, context);
    }

    /// <summary>Object <paramref name="number"/>, looked up at <paramref name="index"/> or, when that slot holds another, by number.</summary>
    public PdfObject? Read(int number, int index)
    {
        if (index < 0 || index >= _numbers.Length || _numbers[index] != number)
        {
            index = Array.IndexOf(_numbers, number);
            if (index < 0)
            {
                return null;
            }
        }

        var position = _first + _offsets[index];
        if (position >= _data.Length)
        {
            throw new PdfCorruptException($"object {number} lies past the end of its object stream");
        }

        return new ObjectParser(new PdfLexer(_data, position), _context).ReadObject();
    }
}
