using Extractor.Annotations;

namespace Extractor.Extraction.Indicators;

/// <summary>One annotated quantity of the linking corpus: the words a linker reads and the code a reader gave it.</summary>
/// <param name="Code">The annotated indicator code; null where none of the vocabulary applies.</param>
internal sealed record CorpusQuantity(string Document, string Province, QuantityWords Words, string? Code);

/// <summary>
/// Reads the annotated corpus of models/corpus (its README gives the format): every TSV, its province from its
/// "# province:" comment, each row as the words the linker reads (label, lead-in, the evidence as the clause, unit).
/// </summary>
internal static class LinkingCorpus
{
    public static IReadOnlyList<CorpusQuantity> Read(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.tsv").Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    private static IEnumerable<CorpusQuantity> ReadFile(string path)
    {
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        var province = lines.Where(l => l.StartsWith("# province:", StringComparison.Ordinal)).Select(l => l["# province:".Length..].Trim()).FirstOrDefault()
            ?? throw new FormatException($"{name}: no '# province:' line");
        foreach (var row in AnnotationTable.Read(lines, name))
        {
            var code = row.GetValueOrDefault("code", "");
            yield return new CorpusQuantity(name, province,
                new QuantityWords(row["label"], row.GetValueOrDefault("context", ""), row["evidence"], "", row.GetValueOrDefault("unit", "")),
                code.Length == 0 ? null : code);
        }
    }
}
