using Extractor.Annotations;
using Extractor.Text;

namespace Extractor.Web;

/// <summary>The Vietnamese names of the record categories (models/categories.tsv, shipped inside the page), for choosing one by name.</summary>
internal static class CategoryNames
{
    /// <summary>Code and name, in the file's order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = Load();

    private static readonly IReadOnlyDictionary<string, string> ByCode = All.ToDictionary(c => c.Code, c => c.Name);

    private static readonly IReadOnlyList<IReadOnlyList<string>> FoldedNames =
        [.. All.Select(c => (IReadOnlyList<string>)[.. VietnameseFold.FoldedWords($"{c.Name} {c.Code.Replace('_', ' ')}")])];

    /// <summary>"Diện tích gieo trồng" for crop_area; the code itself when the file does not name it.</summary>
    public static string Of(string code) => ByCode.GetValueOrDefault(code, code);

    /// <summary>Categories whose name or code holds every word of <paramref name="words"/>, diacritics optional.</summary>
    public static IEnumerable<(string Code, string Name)> Matching(string words)
    {
        var wanted = VietnameseFold.FoldedWords(words).ToList();
        return All.Where((_, i) => wanted.All(w => FoldedNames[i].Any(f => f.StartsWith(w, StringComparison.Ordinal))));
    }

    private static List<(string Code, string Name)> Load()
    {
        using var stream = typeof(CategoryNames).Assembly.GetManifestResourceStream("categories.tsv")
            ?? throw new InvalidOperationException("categories.tsv is not inside the assembly");
        using var reader = new StreamReader(stream);
        return [.. AnnotationTable.Read(reader.ReadToEnd().Split('\n').Select(line => line.TrimEnd('\r')), "categories.tsv").Select(row => (row["code"], row["name"]))];
    }
}
