using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Annotations;
using Extractor.Text;

namespace Extractor.Extraction.Indicators;

/// <summary>
/// The canonical indicators and their breakdowns, read from models/indicators.tsv and
/// models/indicator-dimensions.tsv (shipped inside the library, so no path is needed). Reading
/// fails loudly on a bad file: a vocabulary that names an unknown group or breakdown would link
/// records to nothing a planner can compare.
/// </summary>
internal sealed partial class IndicatorVocabulary
{
    private const string IndicatorsTable = "indicators.tsv";
    private const string DimensionsTable = "indicator-dimensions.tsv";
    private const string CategoriesTable = "categories.tsv";
    private const string OpenValue = "*";

    private static readonly string[] IndicatorColumns = ["code", "group", "name", "unit", "dimensions", "synonyms", "source"];
    private static readonly string[] DimensionColumns = ["key", "value", "spellings"];
    private static readonly Lazy<IndicatorVocabulary> EmbeddedVocabulary = new(LoadEmbedded);

    private readonly Dictionary<string, IndicatorDefinition> _byCode;

    private IndicatorVocabulary(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyDictionary<string, DimensionKey> dimensions)
    {
        Indicators = indicators;
        Dimensions = dimensions;
        _byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>The vocabulary shipped inside the library.</summary>
    public static IndicatorVocabulary Embedded => EmbeddedVocabulary.Value;

    /// <summary>The indicators, in the file's order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The breakdown keys by name.</summary>
    public IReadOnlyDictionary<string, DimensionKey> Dimensions { get; }

    /// <summary>The indicator with this code, or null.</summary>
    public IndicatorDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// Reads a vocabulary from the lines of its two tables; <paramref name="groups"/> are the
    /// category codes an indicator may belong to.
    /// </summary>
    /// <exception cref="FormatException">A table breaks a rule; the message names the table and the entry.</exception>
    public static IndicatorVocabulary Read(IEnumerable<string> indicatorLines, IEnumerable<string> dimensionLines, IReadOnlyCollection<string> groups)
    {
        var dimensions = ReadDimensions(dimensionLines);
        var groupSet = groups.ToHashSet(StringComparer.Ordinal);
        var indicators = new List<IndicatorDefinition>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows(indicatorLines, IndicatorsTable, IndicatorColumns))
        {
            var indicator = new IndicatorDefinition(
                row["code"],
                row["group"],
                row["name"],
                row["unit"],
                List(row["dimensions"], ','),
                List(row["synonyms"], '|'),
                row["source"]);
            Check(indicator, groupSet, dimensions);
            if (!codes.Add(indicator.Code))
            {
                throw Error(IndicatorsTable, indicator.Code, "the code is given twice");
            }

            indicators.Add(indicator);
        }

        return new IndicatorVocabulary(indicators, dimensions);
    }

    private static void Check(IndicatorDefinition indicator, HashSet<string> groups, IReadOnlyDictionary<string, DimensionKey> dimensions)
    {
        var code = indicator.Code;
        if (!CodePattern().IsMatch(code))
        {
            throw Error(IndicatorsTable, code, "a code is <group>.<measure> in lower-case ASCII letters, digits and '_'");
        }

        if (!groups.Contains(indicator.Group))
        {
            throw Error(IndicatorsTable, code, $"unknown group '{indicator.Group}' (not a category of {CategoriesTable})");
        }

        if (!code.StartsWith(indicator.Group + ".", StringComparison.Ordinal))
        {
            throw Error(IndicatorsTable, code, $"the code does not start with its group '{indicator.Group}.'");
        }

        if (indicator.Name.Length == 0 || indicator.Unit.Length == 0 || indicator.Source.Length == 0)
        {
            throw Error(IndicatorsTable, code, "name, unit and source must not be empty");
        }

        if (indicator.Synonyms.Count == 0)
        {
            throw Error(IndicatorsTable, code, "an indicator needs at least one synonym");
        }

        // A synonym is found by its words; one of punctuation only would name nothing.
        if (indicator.Synonyms.FirstOrDefault(s => !VietnameseFold.FoldedWords(s).Any()) is { } wordless)
        {
            throw Error(IndicatorsTable, code, $"the synonym '{wordless}' has no words");
        }

        if (indicator.Dimensions.FirstOrDefault(d => !dimensions.ContainsKey(d)) is { } unknown)
        {
            throw Error(IndicatorsTable, code, $"unknown dimension key '{unknown}' (not in {DimensionsTable})");
        }

        if (indicator.Dimensions.Distinct(StringComparer.Ordinal).Count() != indicator.Dimensions.Count)
        {
            throw Error(IndicatorsTable, code, "a dimension key is given twice");
        }

        if (indicator.Synonyms.Append(indicator.Name).FirstOrDefault(s => !s.IsNormalized(NormalizationForm.FormC)) is { } decomposed)
        {
            throw Error(IndicatorsTable, code, $"'{decomposed}' is not in NFC");
        }
    }

    private static Dictionary<string, DimensionKey> ReadDimensions(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, List<DimensionValue>>(StringComparer.Ordinal);
        var open = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows(lines, DimensionsTable, DimensionColumns))
        {
            var (key, value, spellings) = (row["key"], row["value"], List(row["spellings"], '|'));
            var entry = $"{key}={value}";
            if (key.Length == 0 || value.Length == 0)
            {
                throw Error(DimensionsTable, entry, "key and value must not be empty");
            }

            var keyValues = values.TryGetValue(key, out var list) ? list : values[key] = [];
            if (value == OpenValue)
            {
                open.Add(key);
                continue;
            }

            if (spellings.Count == 0)
            {
                throw Error(DimensionsTable, entry, "a value needs at least one spelling");
            }

            if (keyValues.Any(v => v.Value == value))
            {
                throw Error(DimensionsTable, entry, "the value is given twice");
            }

            if (spellings.Prepend(value).FirstOrDefault(s => !s.IsNormalized(NormalizationForm.FormC)) is { } decomposed)
            {
                throw Error(DimensionsTable, entry, $"'{decomposed}' is not in NFC");
            }

            keyValues.Add(new DimensionValue(value, spellings));
        }

        return values.ToDictionary(kv => kv.Key, kv => new DimensionKey(kv.Key, open.Contains(kv.Key), kv.Value), StringComparer.Ordinal);
    }

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(IEnumerable<string> lines, string table, string[] columns)
    {
        foreach (var row in AnnotationTable.Read(lines, table))
        {
            if (columns.FirstOrDefault(c => !row.ContainsKey(c)) is { } missing)
            {
                throw new FormatException($"{table}: the header has no column '{missing}'");
            }

            yield return row;
        }
    }

    private static IReadOnlyList<string> List(string cell, char separator) =>
        [.. cell.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static FormatException Error(string table, string entry, string problem) => new($"{table}, {entry}: {problem}");

    private static IndicatorVocabulary LoadEmbedded()
    {
        var groups = AnnotationTable.Read(ResourceLines(CategoriesTable), CategoriesTable).Select(row => row["code"]).ToList();
        return Read(ResourceLines(IndicatorsTable), ResourceLines(DimensionsTable), groups);
    }

    private static List<string> ResourceLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not inside the assembly");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(line => line.TrimEnd('\r'))];
    }

    [GeneratedRegex(@"^[a-z][a-z_]*\.[a-z][a-z0-9_]*$")]
    private static partial Regex CodePattern();
}
