using System.Reflection;
using System.Text.RegularExpressions;
using Extractor.Text;

namespace Extractor.Extraction;

/// <summary>
/// The words that name a breakdown (models/dimensions.tsv, inside the library): for each key
/// (crop, season, livestock, scope), one pattern over all its phrases, longest first, that finds
/// the value a text names.
/// </summary>
internal sealed partial class DimensionLexicon
{
    private const string ResourceName = "dimensions.tsv";

    private readonly Dictionary<string, (Regex Pattern, Dictionary<string, string> Values)> _keys;

    private DimensionLexicon(Dictionary<string, (Regex, Dictionary<string, string>)> keys) => _keys = keys;

    public static DimensionLexicon Embedded { get; } = Load();

    /// <summary>The value of <paramref name="key"/> that the phrase nearest the end of <paramref name="text"/> names, or null.</summary>
    public string? Find(string key, string text)
    {
        if (text.Length == 0 || !_keys.TryGetValue(key, out var entry))
        {
            return null;
        }

        var match = entry.Pattern.Match(text);
        return match.Success ? entry.Values[Phrase(match.Value)] : null;
    }

    public static DimensionLexicon Read(TextReader reader)
    {
        var phrases = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        string? line;
        var header = false;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!header)
            {
                header = cells is ["key", "value", "words"] ? true : throw new FormatException("dimension lexicon: the header is key, value, words");
                continue;
            }

            if (cells.Length != 3)
            {
                throw new FormatException($"dimension lexicon: '{line}' is not key, value, words");
            }

            if (!phrases.TryGetValue(cells[0], out var ofKey))
            {
                phrases[cells[0]] = ofKey = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var word in cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ofKey.TryAdd(Phrase(word), cells[1]);
            }
        }

        return new DimensionLexicon(phrases.ToDictionary(
            k => k.Key,
            k => (Pattern(k.Value.Keys), k.Value)));
    }

    /// <summary>A phrase as the lexicon keys it: lower case, one space, no spaces around a hyphen.</summary>
    private static string Phrase(string text) => SingleSpacedText.Of(Hyphen().Replace(text.Normalize().ToLowerInvariant(), "-")).Trim();

    // Right to left, so the first match is the one nearest the quantity; whole words, a hyphen with or without spaces.
    private static Regex Pattern(IEnumerable<string> phrases)
    {
        var alternatives = phrases.OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ').Select(w => string.Join(@"\s*-\s*", w.Split('-').Select(Regex.Escape)))));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static DimensionLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not inside the library");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex Hyphen();
}
