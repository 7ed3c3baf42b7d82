using System.Text;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>Builds objects from the lexer's tokens: arrays, dictionaries, references, indirect objects and streams.</summary>
internal sealed class ObjectParser
{
    private readonly PdfLexer _lexer;
    private readonly ReadContext _context;

    public ObjectParser(PdfLexer lexer, ReadContext context)
    {
        _lexer = lexer;
        _context = context;
    }

    /// <summary>Reads one direct object (a reference stays a <see cref="PdfReference"/>).</summary>
    public PdfObject ReadObject() => ReadObject(0);

    /// <summary>
    /// Reads <c>N G obj</c>, its object and, after a dictionary, its stream. <paramref name="resolveLength"/>
    /// turns an indirect /Length into a number (null when it cannot); a wrong length is recovered by finding <c>endstream</c>.
    /// </summary>
    public IndirectObject ReadIndirectObject(Func<PdfReference, long?> resolveLength)
    {
        var start = _lexer.Position;
        if (!_lexer.TryReadUnsignedInteger(out var number) || !_lexer.TryReadUnsignedInteger(out var generation) || !_lexer.TryReadKeyword("obj"u8))
        {
            throw new PdfCorruptException($"no 'N G obj' header at offset {start}");
        }

        if (number > int.MaxValue || generation > int.MaxValue)
        {
            throw new PdfCorruptException($"object number out of range at offset {start}");
        }

        var id = new ObjectId((int)number, (int)generation);
        var value = ReadObject(0);
        if (value is PdfDictionary dictionary && _lexer.TryReadKeyword("stream"u8))
        {
            value = ReadStreamData(id, dictionary, resolveLength);
        }

        if (!_lexer.TryReadKeyword("endobj"u8))
        {
            _context.Repair($"object {id} has no endobj");
        }

        return new IndirectObject(id, value);
    }

    private PdfObject ReadObject(int depth)
    {
        _lexer.SkipWhitespace();
        var start = _lexer.Position;
        switch (_lexer.PeekByte())
        {
            case -1:
                throw new PdfCorruptException($"unexpected end of data at offset {start}");
            case '/':
                return _lexer.ReadName();
            case '(':
                return new PdfString(_lexer.ReadLiteralString(), isHex: false);
            case '<':
                return _lexer.PeekByte(1) == '<' ? ReadDictionary(depth) : new PdfString(_lexer.ReadHexString(), isHex: true);
            case '[':
                return ReadArray(depth);
        }

        var token = _lexer.ReadRegularToken();
        if (token.IsEmpty)
        {
            // A stray delimiter such as ')' or '}': step over it so callers always make progress.
            _lexer.Position++;
            throw new PdfCorruptException($"unexpected '{(char)_lexer.Memory.Span[start]}' at offset {start}");
        }

        var number = PdfLexer.ParseNumber(token);
        if (number is PdfInteger { Value: >= 0 and <= int.MaxValue } integer)
        {
            return (PdfObject?)TryReadReference(integer) ?? integer;
        }

        if (number is not null)
        {
            return number;
        }

        if (token.SequenceEqual("true"u8))
        {
            return PdfBoolean.True;
        }

        if (token.SequenceEqual("false"u8))
        {
            return PdfBoolean.False;
        }

        if (token.SequenceEqual("null"u8))
        {
            return PdfNull.Instance;
        }

        throw new PdfCorruptException($"unexpected '{Encoding.Latin1.GetString(token[..Math.Min(token.Length, 20)])}' at offset {start}");
    }

    private PdfReference? TryReadReference(PdfInteger number)
    {
        var afterNumber = _lexer.Position;
        if (_lexer.TryReadUnsignedInteger(out var generation) && generation <= int.MaxValue && _lexer.TryReadKeyword("R"u8))
        {
            return new PdfReference(new ObjectId((int)number.Value, (int)generation));
        }

        _lexer.Position = afterNumber;
        return null;
    }

    private PdfArray ReadArray(int depth)
    {
        EnterNested(depth);
        _lexer.Position++;
        var items = new List<PdfObject>();
        while (true)
        {
            _context.CheckDeadline();
            _lexer.SkipWhitespace();
            var b = _lexer.PeekByte();
            if (b == ']')
            {
                _lexer.Position++;
                return new PdfArray([.. items]);
            }

            if (b == -1)
            {
                throw new PdfCorruptException($"array not closed before end of data at offset {_lexer.Position}");
            }

            items.Add(ReadObject(depth + 1));
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        EnterNested(depth);
        _lexer.Position += 2;
        var entries = new Dictionary<string, PdfObject>();
        while (true)
        {
            _context.CheckDeadline();
            _lexer.SkipWhitespace();
            var b = _lexer.PeekByte();
            if (b == '>' && _lexer.PeekByte(1) == '>')
            {
                _lexer.Position += 2;
                return new PdfDictionary(entries);
            }

            if (b == -1)
            {
                throw new PdfCorruptException($"dictionary not closed before end of data at offset {_lexer.Position}");
            }

            if (b != '/')
            {
                _context.Repair($"dictionary key expected at offset {_lexer.Position}; skipped a token");
                SkipToken(depth);
                continue;
            }

            var key = _lexer.ReadName().Value;
            _lexer.SkipWhitespace();
            if (_lexer.PeekByte() == '>' && _lexer.PeekByte(1) == '>')
            {
                _context.Repair($"dictionary key /{key} has no value at offset {_lexer.Position}");
                continue;
            }

            entries[key] = ReadObject(depth + 1);
        }
    }

    private void SkipToken(int depth)
    {
        try
        {
            ReadObject(depth + 1);
        }
        catch (PdfCorruptException)
        {
            // The bad token has been stepped over; the dictionary goes on.
        }
    }

    private void EnterNested(int depth)
    {
        if (depth >= _context.Options.MaxNestingDepth)
        {
            throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxNestingDepth), $"arrays and dictionaries nest deeper than {_context.Options.MaxNestingDepth} at offset {_lexer.Position}");
        }
    }

    private PdfStream ReadStreamData(ObjectId id, PdfDictionary dictionary, Func<PdfReference, long?> resolveLength)
    {
        var span = _lexer.Memory.Span;
        var start = _lexer.Position;
        // The keyword ends with CRLF or LF; a lone CR is tolerated.
        if (start < span.Length && span[start] == '\r')
        {
            start++;
        }

        if (start < span.Length && span[start] == '\n')
        {
            start++;
        }

        long? length = dictionary["Length"] switch
        {
            PdfInteger direct => direct.Value,
            PdfReference reference => resolveLength(reference),
            _ => null,
        };

        if (length is { } declared && declared >= 0 && start + declared <= span.Length && EndstreamFollows(span, start + (int)declared))
        {
            return FinishStream(dictionary, start, (int)declared);
        }

        var found = span[start..].IndexOf("endstream"u8);
        var end = found >= 0 ? start + found : span.Length;
        if (found >= 0)
        {
            if (end > start && span[end - 1] == '\n')
            {
                end--;
            }

            if (end > start && span[end - 1] == '\r')
            {
                end--;
            }
        }

        _context.Repair($"stream {id}: /Length {dictionary["Length"]?.ToString() ?? "missing"} is wrong; {end - start} bytes found up to endstream");
        return FinishStream(dictionary, start, end - start);
    }

    private PdfStream FinishStream(PdfDictionary dictionary, int start, int length)
    {
        _lexer.Position = start + length;
        if (!_lexer.TryReadKeyword("endstream"u8))
        {
            _lexer.Position = start + length;
        }

        return new PdfStream(dictionary, _lexer.Memory.Slice(start, length));
    }

    private static bool EndstreamFollows(ReadOnlySpan<byte> span, int at)
    {
        while (at < span.Length && PdfLexer.IsWhitespace(span[at]))
        {
            at++;
        }

        return span[at..].StartsWith("endstream"u8);
    }
}
