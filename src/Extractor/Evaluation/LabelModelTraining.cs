using Extractor.Extraction.Categories;
using Extractor.Extraction.Indicators;
using Extractor.Extraction.Labels;

namespace Extractor.Evaluation;

/// <summary>
/// Builds the label model (models/label-model.tsv) from the label spans of the annotated corpus, and scores it by
/// province: the labels of each province's rows as a model trained on the other provinces chooses them.
/// Deterministic: the same corpus gives the same file.
/// </summary>
public static class LabelModelTraining
{
    /// <summary>Trains on the corpus of <paramref name="corpusDirectory"/> (models/corpus) and writes the model; returns how many spans it learned from.</summary>
    /// <param name="skipped">Receives, for each annotated document left out, why (a real document of ../shared that is absent).</param>
    public static int Train(string corpusDirectory, TextWriter model, ICollection<string>? skipped = null)
    {
        var examples = Examples(LinkingCorpus.Read(corpusDirectory, skipped)).Select(e => e.Example).ToList();
        LabelModelTrainer.Train(examples, Hash(corpusDirectory)).Write(model);
        return examples.Count;
    }

    /// <summary>SHA-256 of what the model learns from: the corpus's annotation tables and composed texts.</summary>
    public static string Hash(string corpusDirectory) => TrainingSet.Hash(Directory.EnumerateFiles(corpusDirectory, "*.*")
        .Where(f => f.EndsWith(".tsv", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)));

    /// <summary>
    /// For each row, the label a model trained on the other provinces' rows chooses; the rules' label where the row has
    /// no words to choose from (a table's figure) or no other province has rows to learn from, null where the rules did
    /// not read it.
    /// </summary>
    internal static string?[] CrossValidated(IReadOnlyList<CorpusQuantity> rows)
    {
        var examples = Examples(rows);
        var labels = rows.Select(r => r.Reading?.Label).ToArray();
        Parallel.ForEach(rows.Select(r => r.Province).Distinct().Order(StringComparer.Ordinal).ToList(), province =>
        {
            var training = examples.Where(e => rows[e.Row].Province != province).Select(e => e.Example).ToList();
            if (training.Count == 0)
            {
                return;
            }

            var model = LabelModelTrainer.Train(training, "");
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Province == province && rows[i].Reading?.LabelWords is { } words)
                {
                    labels[i] = model.Label(words) ?? labels[i];
                }
            }
        });

        return labels;
    }

    /// <summary>
    /// The rows with the labels of <see cref="CrossValidated"/> in the words the linker reads (a change's or a second
    /// percentage's label as the model chooses it, before the rules take the direction word out or the owner's label in).
    /// </summary>
    internal static IReadOnlyList<CorpusQuantity> WithHeldOutLabels(IReadOnlyList<CorpusQuantity> rows)
    {
        var labels = CrossValidated(rows);
        return [.. rows.Select((r, i) => r.Reading?.LabelWords is null ? r : r with { Words = r.Words with { Label = labels[i]! } })];
    }

    /// <summary>The rows whose annotated label is a run of the words their label is chosen from, by row.</summary>
    private static List<(int Row, LabelExample Example)> Examples(IReadOnlyList<CorpusQuantity> rows) =>
        [.. rows.Select((r, i) => (Row: i, Example: r.Reading?.LabelWords is { } words ? LabelModelTrainer.Example(words, r.Annotation.GetValueOrDefault("label", "")) : null))
            .Where(e => e.Example is not null)
            .Select(e => (e.Row, e.Example!))];
}
