using Extractor.Text;

namespace Extractor.Extraction.Indicators;

/// <summary>
/// The vocabulary's codes and breakdowns as a planner types them on the command line or in a query string:
/// whether a text is an indicator code, and a breakdown read as the records write it.
/// </summary>
public static class IndicatorCodes
{
    /// <summary>The code when <paramref name="text"/> is one of the vocabulary's indicator codes; null otherwise (words of a label).</summary>
    public static string? Find(string text) => IndicatorVocabulary.Embedded.Find(text.Trim())?.Code;

    /// <summary>
    /// Reads <c>key=value</c> as the records write the breakdown (<c>season=dong xuan</c> is <c>season=đông xuân</c>): a key
    /// the indicator <paramref name="code"/> takes, a value of that key or a spelling of one, compared without diacritics;
    /// an open key (scope) keeps the value as typed.
    /// </summary>
    /// <returns>The breakdown, or the reason it cannot be one.</returns>
    public static (string? Dimension, string? Error) Dimension(string text, string? code)
    {
        if (text.Split('=', 2, StringSplitOptions.TrimEntries) is not [var key, var value] || key.Length == 0 || value.Length == 0)
        {
            return (null, "not key=value");
        }

        var vocabulary = IndicatorVocabulary.Embedded;
        if (!vocabulary.Dimensions.TryGetValue(key, out var breakdown))
        {
            return (null, $"no breakdown '{key}' (the keys: {string.Join(", ", vocabulary.Dimensions.Keys.Order(StringComparer.Ordinal))})");
        }

        if (code is not null && vocabulary.Find(code) is { } indicator && !indicator.Dimensions.Contains(key))
        {
            return (null, $"{code} takes no '{key}' breakdown ({(indicator.Dimensions.Count == 0 ? "it takes none" : string.Join(", ", indicator.Dimensions))})");
        }

        var typed = VietnameseFold.Key(value);
        var known = breakdown.Values.FirstOrDefault(v => VietnameseFold.Key(v.Value) == typed || v.Spellings.Any(s => VietnameseFold.Key(s) == typed));
        return known is not null ? ($"{key}={known.Value}", null)
            : breakdown.Open ? ($"{key}={value}", null)
            : (null, $"'{value}' is not a value of '{key}' ({string.Join(", ", breakdown.Values.Select(v => v.Value))})");
    }
}
