using System.Security.Cryptography;
using Extractor.Annotations;
using Extractor.Extraction.Labels;
using Extractor.Extraction.Quantities;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Extraction.Categories;

/// <summary>
/// The category model's training data: the annotations in models/annotations, each matched to
/// the quantity the rules read at the same place in the same report, so that the model learns
/// from exactly the features it will see when extracting. A row the rules do not read is
/// still used, with the label and lead-in as annotated.
/// </summary>
public static class TrainingSet
{
    /// <summary>Annotation files and the reports they annotate (same name, any readable extension).</summary>
    public static IReadOnlyList<(string Annotations, string Report)> Documents(string annotationsDirectory, string reportsDirectory) =>
        Directory.GetFiles(annotationsDirectory, "*.tsv").Order(StringComparer.Ordinal)
            .Select(a => (a, Directory.GetFiles(reportsDirectory, Path.GetFileNameWithoutExtension(a) + ".*").Order(StringComparer.Ordinal).FirstOrDefault()
                ?? throw new FileNotFoundException($"no report for {Path.GetFileName(a)} in {reportsDirectory}")))
            .ToList();

    /// <param name="labelModel">The label model file the quantities' labels are chosen by; null: the library's.</param>
    public static IReadOnlyList<CategoryExample> Examples(string annotations, string report, CategoryFeatures features, string? labelModel = null)
    {
        var labels = labelModel is null ? null : LabelModel.Load(labelModel);
        var read = Passages.Of(ReportFile.Read(report))
            .SelectMany(p => PassageReader.Read(p.Text, labels).Select(q => (Passage: p, Quantity: q)))
            .ToList();
        var examples = new List<CategoryExample>();
        foreach (var row in AnnotationTable.Read(annotations))
        {
            var (source, footnote) = AnnotationTable.Where(row["where"]);
            var match = read.FirstOrDefault(r => r.Passage.Source == source && r.Passage.Footnote == footnote
                && Same(r.Quantity.Mention.Raw, row["raw"]) && Same(row["evidence"], r.Passage.Text, contains: true));
            if (match.Quantity is not null)
            {
                read.Remove(match);
                var q = match.Quantity;
                examples.Add(new CategoryExample(features.Of(q.Label, q.LeadIn, match.Passage.Context, q.Unit), row["category"]));
            }
            else
            {
                var unit = QuantityScanner.Scan(row["raw"]).FirstOrDefault()?.Unit?.Canonical ?? "";
                examples.Add(new CategoryExample(features.Of(row["label"], row["context"], "", unit), row["category"]));
            }
        }

        return examples;
    }

    /// <summary>
    /// SHA-256 of what the category model learns from: the annotated reports, the taxonomy, and the label model whose
    /// labels its features read.
    /// </summary>
    public static string CategoryModelHash(IEnumerable<(string Annotations, string Report)> documents, string categoriesFile, string labelModelFile) =>
        Hash(documents.SelectMany(d => new[] { d.Annotations, d.Report }).Append(categoriesFile).Append(labelModelFile));

    /// <summary>SHA-256 over the names and bytes of the files a model is trained on.</summary>
    public static string Hash(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static bool Same(string a, string b, bool contains = false)
    {
        var (x, y) = (SqueezedText.Of(a), SqueezedText.Of(b));
        return contains ? y.Contains(x, StringComparison.Ordinal) : x == y;
    }
}
