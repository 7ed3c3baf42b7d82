using System.Text;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>
/// A CMap as fonts use it: codespace ranges that split a string into character codes, and either Unicode text per code
/// (a ToUnicode CMap: bfchar, bfrange) or a CID per code (an encoding CMap: cidchar, cidrange).
/// </summary>
internal sealed class CMap
{
    /// <summary>Ranges up to this size are expanded into the lookup table; larger ones are kept as ranges.</summary>
    private const int ExpandLimit = 4096;

    /// <summary>Most entries the lookup table takes from ranges, so that a hostile CMap cannot make it huge.</summary>
    private const int ExpandedEntriesLimit = 1 << 16;

    private readonly List<CodespaceRange> _codespaces = [];
    private readonly Dictionary<int, string> _texts = [];
    private readonly List<TextRange> _textRanges = [];
    private readonly Dictionary<int, int> _cids = [];
    private readonly List<CidRange> _cidRanges = [];
    private bool _identity;

    /// <summary>Identity-H and Identity-V: two-byte codes that are their own CIDs.</summary>
    public static CMap Identity { get; } = CreateIdentity();


    /// <summary>Parses CMap syntax leniently: whatever it cannot read is left out.</summary>
    public static CMap Parse(ReadOnlyMemory<byte> data)
    {
        var map = new CMap();
        var tokenizer = new ContentTokenizer(data);
        var operands = new List<PdfObject>();
        while (tokenizer.ReadOperation(operands) is { } op)
        {
            switch (op)
            {
                case "endcodespacerange":
                    ForEach(operands, 2, items => map.AddCodespace(items[0], items[1]));
                    break;
                case "endbfchar":
                    ForEach(operands, 2, items => map.AddText(items[0], items[1]));
                    break;
                case "endbfrange":
                    ForEach(operands, 3, items => map.AddTextRange(items[0], items[1], items[2]));
                    break;
                case "endcidchar":
                    ForEach(operands, 2, items => map.AddCidRange(items[0], items[0], items[1]));
                    break;
                case "endcidrange":
                    ForEach(operands, 3, items => map.AddCidRange(items[0], items[1], items[2]));
                    break;
                case "usecmap" when operands is [PdfName name] && name.Value.StartsWith("Identity", StringComparison.Ordinal):
                    map.UseIdentity();
                    break;
            }
        }

        if (map._codespaces.Count == 0)
        {
            // A CMap without codespace ranges (common in hand-made ToUnicode maps) reads codes of its entries' length.
            map._codespaces.Add(new CodespaceRange(2, 0, 0xFFFF));
        }

        return map;
    }

    /// <summary>Reads the code at <paramref name="at"/>; returns its length in bytes, at least one.</summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code)
    {
        code = 0;
        var shortest = int.MaxValue;
        for (var length = 1; length <= 4 && at + length <= bytes.Length; length++)
        {
            code = (code << 8) | bytes[at + length - 1];
            foreach (var range in _codespaces)
            {
                shortest = Math.Min(shortest, range.Length);
                if (range.Length == length && code >= range.Low && code <= range.High)
                {
                    return length;
                }
            }
        }

        // No codespace matches: take the shortest code length, as far as the bytes go.
        var fallback = Math.Clamp(shortest == int.MaxValue ? 1 : shortest, 1, bytes.Length - at);
        code = 0;
        for (var i = 0; i < fallback; i++)
        {
            code = (code << 8) | bytes[at + i];
        }

        return fallback;
    }

    public string? TextOf(int code)
    {
        if (_texts.TryGetValue(code, out var text))
        {
            return text;
        }

        foreach (var range in _textRanges)
        {
            if (code >= range.Low && code <= range.High)
            {
                return Offset(range.Start, code - range.Low);
            }
        }

        return null;
    }

    public int? CidOf(int code)
    {
        if (_identity)
        {
            return code;
        }

        if (_cids.TryGetValue(code, out var cid))
        {
            return cid;
        }

        foreach (var range in _cidRanges)
        {
            if (code >= range.Low && code <= range.High)
            {
                return range.Start + (code - range.Low);
            }
        }

        return null;
    }

    private static CMap CreateIdentity()
    {
        var map = new CMap();
        map.UseIdentity();
        return map;
    }

    private void UseIdentity()
    {
        _identity = true;
        _codespaces.Add(new CodespaceRange(2, 0, 0xFFFF));
    }

    private static void ForEach(List<PdfObject> operands, int size, Action<PdfObject[]> add)
    {
        for (var i = 0; i + size <= operands.Count; i += size)
        {
            add(operands.GetRange(i, size).ToArray());
        }
    }

    private void AddCodespace(PdfObject low, PdfObject high)
    {
        if (low is PdfString { Bytes.Length: >= 1 and <= 4 } lowCode && high is PdfString highCode && highCode.Bytes.Length == lowCode.Bytes.Length)
        {
            _codespaces.Add(new CodespaceRange(lowCode.Bytes.Length, CodeOf(lowCode), CodeOf(highCode)));
        }
    }

    private void AddText(PdfObject source, PdfObject target)
    {
        if (source is PdfString code)
        {
            SetText(CodeOf(code), target);
        }
    }

    private void SetText(int code, PdfObject target)
    {
        if (TargetText(target) is { } text)
        {
            _texts[code] = text;
        }
    }

    private void AddTextRange(PdfObject low, PdfObject high, PdfObject target)
    {
        if (low is not PdfString lowCode || high is not PdfString highCode)
        {
            return;
        }

        int first = CodeOf(lowCode), last = CodeOf(highCode);
        if (last < first)
        {
            return;
        }

        if (target is PdfArray targets)
        {
            // One target per code; a short array maps what it covers.
            for (var i = 0; i < targets.Count && first + i <= last; i++)
            {
                SetText(first + i, targets[i]);
            }
        }
        else if (TargetText(target) is { Length: > 0 } start)
        {
            if (last - first < ExpandLimit && _texts.Count + (last - first) < ExpandedEntriesLimit)
            {
                for (var code = first; code <= last; code++)
                {
                    _texts[code] = Offset(start, code - first);
                }
            }
            else
            {
                _textRanges.Add(new TextRange(first, last, start));
            }
        }
    }

    private void AddCidRange(PdfObject low, PdfObject high, PdfObject cid)
    {
        if (low is PdfString lowCode && high is PdfString highCode && cid is PdfInteger start)
        {
            int first = CodeOf(lowCode), last = CodeOf(highCode);
            if (first == last)
            {
                _cids[first] = (int)start.Value;
            }
            else if (last > first)
            {
                _cidRanges.Add(new CidRange(first, last, (int)start.Value));
            }
        }
    }

    /// <summary>A bfrange's text for the code <paramref name="offset"/> past the first: the last UTF-16 unit counts up.</summary>
    private static string Offset(string start, int offset) =>
        offset == 0 ? start : string.Concat(start.AsSpan(0, start.Length - 1), ((char)(start[^1] + offset)).ToString());

    /// <summary>A target as UTF-16BE bytes (surrogate pairs and several characters allowed) or, in old CMaps, a glyph name.</summary>
    private static string? TargetText(PdfObject target) => target switch
    {
        PdfString { Bytes.Length: > 0 } text => Encoding.BigEndianUnicode.GetString(text.Bytes.Length % 2 == 0 ? text.Bytes : [0, .. text.Bytes]),
        PdfName name => GlyphList.ToUnicode(name.Value),
        _ => null,
    };

    private static int CodeOf(PdfString code)
    {
        var value = 0;
        foreach (var b in code.Bytes.AsSpan(0, Math.Min(code.Bytes.Length, 4)))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private readonly record struct CodespaceRange(int Length, int Low, int High);

    private readonly record struct TextRange(int Low, int High, string Start);

    private readonly record struct CidRange(int Low, int High, int Start);
}
