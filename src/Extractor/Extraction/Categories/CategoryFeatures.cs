using System.Text;

namespace Extractor.Extraction.Categories;

/// <summary>
/// What the category model sees of a quantity. Word features: the words of its label (and
/// their pairs), of the enumeration lead-in and of the section titles or referencing clause
/// around it, and the unit, each a stable 32-bit hash of "field:text" so a model file stays
/// valid across runs and machines. Keyword matches (rules as features): for the label, the
/// lead-in and the context, the categories whose taxonomy keywords occur there; the model
/// weighs "a keyword of this category occurs in the label" with one weight shared by all
/// categories, so it can name a category its training reports seldom showed.
/// </summary>
public sealed record FeatureSet(IReadOnlyList<uint> Words, IReadOnlyList<IReadOnlySet<string>> KeywordMatches)
{
    /// <summary>The fields keyword matches are read in, in the order of <see cref="KeywordMatches"/>.</summary>
    public static readonly IReadOnlyList<string> KeywordFields = ["label", "lead-in", "context"];
}

public sealed class CategoryFeatures(IReadOnlyDictionary<string, IReadOnlyList<string>> keywords)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; } = keywords;

    // Lead-ins and section contexts repeat for every quantity of a section: match each once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _matches = new(StringComparer.Ordinal);

    private const int MaxRemembered = 20_000;

    public FeatureSet Of(string label, string leadIn, string context, string unit) =>
        new(Words(label, leadIn, context, unit), [Matches(label), Remembered(leadIn), Remembered(context)]);

    // Bounded: a long ingest of many different reports must not grow it without end.
    private HashSet<string> Remembered(string text)
    {
        if (_matches.Count > MaxRemembered)
        {
            _matches.Clear();
        }

        return _matches.GetOrAdd(text, Matches);
    }

    private static IReadOnlyList<uint> Words(string label, string leadIn, string context, string unit)
    {
        var features = new HashSet<uint> { Hash("bias"), Hash("u:" + unit) };
        var labelWords = Tokens(label);
        foreach (var word in labelWords)
        {
            features.Add(Hash("l:" + word));
            features.Add(Hash("w:" + word));
        }

        for (var i = 1; i < labelWords.Count; i++)
        {
            features.Add(Hash($"l2:{labelWords[i - 1]} {labelWords[i]}"));
        }

        foreach (var word in Tokens(leadIn))
        {
            features.Add(Hash("i:" + word));
            features.Add(Hash("w:" + word));
        }

        foreach (var word in Tokens(context))
        {
            features.Add(Hash("c:" + word));
        }

        return [.. features];
    }

    /// <summary>
    /// The categories whose longest matching phrase is the longest match in the text: "thanh toán
    /// vốn đầu tư công" points to disbursement through "thanh toán vốn", not to every category
    /// that merely has "vốn" or "xây dựng".
    /// </summary>
    private HashSet<string> Matches(string text)
    {
        var lower = text.ToLowerInvariant();
        var best = Keywords
            .Select(k => (Category: k.Key, Words: k.Value.Where(p => ContainsPhrase(lower, p)).Select(p => p.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max()))
            .Where(m => m.Words > 0)
            .ToList();
        var longest = best.Count == 0 ? 0 : best.Max(m => m.Words);
        return best.Where(m => m.Words == longest).Select(m => m.Category).ToHashSet();
    }

    /// <summary>The phrase as whole words ("đàn" in "tổng đàn trâu", not in "đàng").</summary>
    private static bool ContainsPhrase(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Tokens(string text) => text.ToLowerInvariant()
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”', '-', '+', '*'))
        .Where(w => w.Length > 0 && !w.All(c => char.IsDigit(c) || c is '.' or ',' or '/' or '%'))
        .ToList();

    /// <summary>FNV-1a over UTF-8: stable, unlike string.GetHashCode.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
