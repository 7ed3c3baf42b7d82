using Extractor.Model;
using Extractor.Reading.LegacyText;

namespace Extractor.Reading.Docx;

/// <summary>
/// Decodes runs in legacy-encoded fonts (TCVN3 ".VnTime", VNI "VNI-Times") where their characters
/// show that they really are legacy-encoded; Unicode text under a legacy font name is left alone.
/// Consecutive runs in one font are judged together, as Word splits runs inside words.
/// </summary>
internal sealed class DocxLegacyText
{
    private readonly Dictionary<string, int> _decodedRuns = [];
    private readonly HashSet<LegacyEncoding> _decodedEncodings = [];
    private readonly List<(string Text, RunFormat Format, int Run)> _pending = [];
    private LegacyFont? _font;

    /// <summary>Holds a run's text in <paramref name="font"/> until the font changes or the paragraph needs its text.</summary>
    public void Add(string text, RunFormat format, int run, LegacyFont font, Action<string, RunFormat> append)
    {
        if (_font is not null && _font != font)
        {
            Flush(append);
        }

        _font = font;
        _pending.Add((text, format, run));
    }

    /// <summary>Appends the held text, decoded when it is legacy-encoded.</summary>
    public void Flush(Action<string, RunFormat> append)
    {
        if (_font is null)
        {
            return;
        }

        var decode = _font.Encodes(string.Concat(_pending.Select(p => p.Text)), _decodedEncodings.Contains(_font.Encoding));
        var before = '\0';
        foreach (var (text, format, _) in _pending)
        {
            append(decode ? _font.Decode(text, before) : text, format);
            before = text.Length > 0 ? text[^1] : before;
        }

        if (decode)
        {
            _decodedEncodings.Add(_font.Encoding);
            _decodedRuns[_font.Description] = _decodedRuns.GetValueOrDefault(_font.Description) + _pending.Select(p => p.Run).Distinct().Count();
        }

        _pending.Clear();
        _font = null;
    }

    /// <summary>What was decoded, one note per font: "decoded 12 runs from TCVN3 (.VnTime)".</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        _decodedRuns.OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.LegacyEncodingDecoded, $"decoded {d.Value} run(s) from {d.Key}"));
}
