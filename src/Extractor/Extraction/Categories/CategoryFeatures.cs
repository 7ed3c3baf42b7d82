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

public sealed class CategoryFeatures
{
    // Lead-ins and section contexts repeat for every quantity of a section: match and hash each once.
    private readonly Remembered<HashSet<string>> _matches;
    private readonly Remembered<uint[]> _leadInWords = new(LeadInWords);
    private readonly Remembered<uint[]> _contextWords = new(ContextWords);

    private static readonly uint Bias = Hash("bias");

    // The punctuation a word's ends lose.
    private static readonly char[] TokenEdges = [',', '.', ';', ':', '(', ')', '"', '“', '”', '-', '+', '*'];

    // Every keyword phrase with its category and its number of words, the longest first.
    private readonly (string Category, string Phrase, int Words)[] _phrases;

    // The phrases (by number in _phrases, in order) by their first word, a run of letters and digits: a phrase found on
    // word boundaries starts a word of the text that is its first word, so a text is tried only for the phrases its words
    // open. Those that open with another character are always tried.
    private readonly Dictionary<string, int[]> _phrasesOpenedBy;
    private readonly int[] _phrasesOpenedOtherwise;

    public CategoryFeatures(IReadOnlyDictionary<string, IReadOnlyList<string>> keywords)
    {
        Keywords = keywords;
        _phrases = [.. keywords.SelectMany(k => k.Value.Select(phrase => (k.Key, phrase, phrase.Count(c => c == ' ') + 1))).OrderByDescending(p => p.Item3)];
        _matches = new(text => Matches(text.ToLowerInvariant()));
        var firstWords = _phrases.Select((p, at) => (Word: p.Phrase[..Word(p.Phrase, 0)], At: at)).ToList();
        _phrasesOpenedBy = firstWords.Where(p => p.Word.Length > 0).GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.At).ToArray(), StringComparer.Ordinal);
        _phrasesOpenedOtherwise = [.. firstWords.Where(p => p.Word.Length == 0).Select(p => p.At)];
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; }

    public FeatureSet Of(string label, string leadIn, string context, string unit)
    {
        var lowerLabel = label.ToLowerInvariant();
        return new(Words(lowerLabel, leadIn, context, unit), [Matches(lowerLabel), _matches.Of(leadIn), _matches.Of(context)]);
    }

    /// <summary>What was made of each text lately. Bounded: a long ingest of many different reports must not grow it without end.</summary>
    private sealed class Remembered<T>(Func<string, T> make)
    {
        private const int MaxRemembered = 20_000;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> _made = new(StringComparer.Ordinal);

        public T Of(string text)
        {
            if (_made.Count > MaxRemembered)
            {
                _made.Clear();
            }

            return _made.GetOrAdd(text, make);
        }
    }

    private IReadOnlyList<uint> Words(string lowerLabel, string leadIn, string context, string unit)
    {
        var features = new HashSet<uint> { Bias, Hash("u:", unit) };
        var labelWords = LowerTokens(lowerLabel);
        foreach (var word in labelWords)
        {
            features.Add(Hash("l:", word));
            features.Add(Hash("w:", word));
        }

        for (var i = 1; i < labelWords.Count; i++)
        {
            // The hash of "l2:" with the pair written "first second".
            features.Add(Hash(Hash(Hash("l2:", labelWords[i - 1]), " "), labelWords[i]));
        }

        features.UnionWith(_leadInWords.Of(leadIn));
        features.UnionWith(_contextWords.Of(context));
        return [.. features];
    }

    private static uint[] LeadInWords(string leadIn) => [.. LowerTokens(leadIn.ToLowerInvariant()).SelectMany(word => new[] { Hash("i:", word), Hash("w:", word) })];

    private static uint[] ContextWords(string context) => [.. LowerTokens(context.ToLowerInvariant()).Select(word => Hash("c:", word))];

    /// <summary>
    /// The categories whose longest matching phrase is the longest match in the text (lower case): "thanh toán
    /// vốn đầu tư công" points to disbursement through "thanh toán vốn", not to every category
    /// that merely has "vốn" or "xây dựng".
    /// </summary>
    private HashSet<string> Matches(string lower)
    {
        var tried = new List<int>(_phrasesOpenedOtherwise);
        var opened = _phrasesOpenedBy.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; at < lower.Length; at++)
        {
            var end = Word(lower, at);
            if (end > at && opened.TryGetValue(lower.AsSpan(at, end - at), out var phrases))
            {
                tried.AddRange(phrases);
            }

            at = end;
        }

        // In the phrases' order, the longest first, as if every phrase were tried (each once).
        tried.Sort();
        var (longest, categories) = (0, new HashSet<string>());
        for (var i = 0; i < tried.Count; i++)
        {
            if (i > 0 && tried[i] == tried[i - 1])
            {
                continue;
            }

            var (category, phrase, words) = _phrases[tried[i]];
            if (words < longest)
            {
                break;
            }

            if (ContainsPhrase(lower, phrase))
            {
                longest = words;
                categories.Add(category);
            }
        }

        return categories;
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

    /// <summary>Where the run of letters and digits from <paramref name="start"/> ends (at the start when none is there).</summary>
    private static int Word(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The words of a text in lower case, without the punctuation at their ends; numbers left out.</summary>
    private static List<string> LowerTokens(string lower) => lower
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim(TokenEdges))
        .Where(w => w.Length > 0 && !w.All(c => char.IsDigit(c) || c is '.' or ',' or '/' or '%'))
        .ToList();

    /// <summary>FNV-1a over UTF-8: stable, unlike string.GetHashCode.</summary>
    private static uint Hash(string text) => Hash(2166136261u, text);

    /// <summary>The hash of <paramref name="field"/> (ASCII, such as "l:") and <paramref name="word"/> written together.</summary>
    private static uint Hash(string field, string word) => Hash(Hash(field), word);

    private static uint Hash(uint hash, ReadOnlySpan<char> text)
    {
        // A UTF-16 unit takes at most three bytes in UTF-8 (a surrogate pair four for its two).
        var bytes = text.Length <= 256 ? stackalloc byte[3 * text.Length] : new byte[3 * text.Length];
        foreach (var b in bytes[..Encoding.UTF8.GetBytes(text, bytes)])
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
