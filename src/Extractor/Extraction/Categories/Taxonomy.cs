using Extractor.Annotations;

namespace Extractor.Extraction.Categories;

/// <summary>The category codes of models/categories.tsv and the keyword phrases that point to each.</summary>
public sealed record Taxonomy(IReadOnlyList<string> Codes, IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords)
{
    public static Taxonomy Load(string categoriesFile)
    {
        var rows = AnnotationTable.Read(categoriesFile).ToList();
        return new Taxonomy(
            rows.Select(r => r["code"]).ToList(),
            rows.ToDictionary(r => r["code"], r => (IReadOnlyList<string>)r["keywords"]
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(k => k.ToLowerInvariant()).ToList()));
    }
}
