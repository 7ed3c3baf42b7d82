using System.Text;
using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Content;

/// <summary>
/// Splits PostScript-like syntax (page content streams and CMaps) into operations: the operands read since the last
/// operator, then the operator. Lenient: stray delimiters are stepped over and an unclosed array ends at the next operator.
/// </summary>
internal sealed class ContentTokenizer
{
    /// <summary>Nesting limit of operand arrays and dictionaries; real content nests two or three deep.</summary>
    private const int MaxOperandDepth = 32;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownOperators = CreateOperatorTable();

    private readonly PdfLexer _lexer;

    public ContentTokenizer(ReadOnlyMemory<byte> data) => _lexer = new PdfLexer(data);

    /// <summary>Fills <paramref name="operands"/> and returns the operator that follows them, or null at the end of the data.</summary>
    public string? ReadOperation(List<PdfObject> operands)
    {
        operands.Clear();
        while (true)
        {
            _lexer.SkipWhitespace();
            var next = _lexer.PeekByte();
            if (next < 0)
            {
                return null;
            }

            if (next is '/' or '(' or '<' or '[')
            {
                operands.Add(ReadOperand(next, 0));
                continue;
            }

            var token = _lexer.ReadRegularToken();
            if (token.IsEmpty)
            {
                // A stray ')', ']', '>', '{' or '}' has no meaning here.
                _lexer.Position++;
                continue;
            }

            if (ParseValue(token) is { } value)
            {
                operands.Add(value);
                continue;
            }

            return Operator(token);
        }
    }

    /// <summary>
    /// Steps over an inline image after its BI operator: the dictionary up to ID, then the data up to an EI that stands
    /// alone between whitespace (image data is binary, so a shorter match would cut it short).
    /// </summary>
    public void SkipInlineImage()
    {
        var scratch = new List<PdfObject>();
        string? op;
        do
        {
            op = ReadOperation(scratch);
        }
        while (op is not null and not "ID");

        var span = _lexer.Memory.Span;
        var at = Math.Min(_lexer.Position + 1, span.Length);
        while (true)
        {
            var found = span[at..].IndexOf("EI"u8);
            if (found < 0)
            {
                _lexer.Position = span.Length;
                return;
            }

            var ei = at + found;
            var end = ei + 2;
            if (PdfLexer.IsWhitespace(span[ei - 1]) && (end == span.Length || PdfLexer.IsWhitespace(span[end])))
            {
                _lexer.Position = end;
                return;
            }

            at = ei + 1;
        }
    }

    private PdfObject ReadOperand(int first, int depth)
    {
        if (depth > MaxOperandDepth)
        {
            throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxNestingDepth), $"content operands nest deeper than {MaxOperandDepth} at offset {_lexer.Position}");
        }

        return first switch
        {
            '/' => _lexer.ReadName(),
            '(' => new PdfString(_lexer.ReadLiteralString(), isHex: false),
            '<' when _lexer.PeekByte(1) == '<' => ReadDictionary(depth),
            '<' => new PdfString(_lexer.ReadHexString(), isHex: true),
            _ => ReadArray(depth),
        };
    }

    private PdfArray ReadArray(int depth)
    {
        _lexer.Position++;
        var items = new List<PdfObject>();
        while (ReadItem(']', depth) is { } item)
        {
            items.Add(item);
        }

        return new PdfArray([.. items]);
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        _lexer.Position += 2;
        var entries = new Dictionary<string, PdfObject>();
        while (ReadItem('>', depth) is { } key)
        {
            if (key is PdfName name && ReadItem('>', depth) is { } value)
            {
                entries[name.Value] = value;
            }
        }

        return new PdfDictionary(entries);
    }

    /// <summary>The next item of an array or dictionary; null at its closing delimiter, at the end, or before an operator.</summary>
    private PdfObject? ReadItem(char close, int depth)
    {
        while (true)
        {
            _lexer.SkipWhitespace();
            var next = _lexer.PeekByte();
            if (next < 0)
            {
                return null;
            }

            if (next == close)
            {
                _lexer.Position += close == '>' && _lexer.PeekByte(1) == '>' ? 2 : 1;
                return null;
            }

            if (next is '/' or '(' or '<' or '[')
            {
                return ReadOperand(next, depth + 1);
            }

            var start = _lexer.Position;
            var token = _lexer.ReadRegularToken();
            if (token.IsEmpty)
            {
                _lexer.Position++;
                continue;
            }

            if (ParseValue(token) is { } value)
            {
                return value;
            }

            // An operator inside an array means its ']' is missing: end the array and let the operator run.
            _lexer.Position = start;
            return null;
        }
    }

    private static PdfObject? ParseValue(ReadOnlySpan<byte> token)
    {
        if (PdfLexer.ParseNumber(token) is { } number)
        {
            return number;
        }

        return token switch
        {
            _ when token.SequenceEqual("true"u8) => PdfBoolean.True,
            _ when token.SequenceEqual("false"u8) => PdfBoolean.False,
            _ when token.SequenceEqual("null"u8) => PdfNull.Instance,
            _ => null,
        };
    }

    /// <summary>The operator as a shared string, so that the interpreter's switch allocates nothing for known ones.</summary>
    private static string Operator(ReadOnlySpan<byte> token)
    {
        if (token.Length <= 32)
        {
            Span<char> chars = stackalloc char[token.Length];
            for (var i = 0; i < token.Length; i++)
            {
                chars[i] = (char)token[i];
            }

            if (KnownOperators.TryGetValue(chars, out var known))
            {
                return known;
            }
        }

        return Encoding.Latin1.GetString(token);
    }

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CreateOperatorTable()
    {
        string[] operators =
        [
            "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC",
            "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q",
            "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "TJ", "Tj", "TL",
            "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"",
            "endcodespacerange", "endbfchar", "endbfrange", "endcidchar", "endcidrange", "usecmap",
        ];
        return operators.ToDictionary(op => op, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
