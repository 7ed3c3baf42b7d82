using System.CommandLine;
using System.Globalization;
using Extractor.Evaluation;
using Extractor.Extraction.Categories;

namespace Extractor.Cli;

/// <summary><c>extractor train</c>: rebuilds the category model from the annotations and the indicator ranker from the corpus.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var annotations = new Option<DirectoryInfo>("--annotations") { Description = "Training annotations.", DefaultValueFactory = _ => new DirectoryInfo("models/annotations") };
        var reports = new Option<DirectoryInfo>("--reports") { Description = "The reports the annotations describe.", DefaultValueFactory = _ => new DirectoryInfo("samples/text") };
        var categories = new Option<FileInfo>("--categories") { Description = "The category taxonomy.", DefaultValueFactory = _ => new FileInfo("models/categories.tsv") };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => new FileInfo("models/indicator-model.tsv") };
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The annotated corpus the indicator ranker learns from.", DefaultValueFactory = _ => new DirectoryInfo("models/corpus") };
        var rankerOutput = new Option<FileInfo>("--ranker-out") { Description = "Where to write the indicator ranker.", DefaultValueFactory = _ => new FileInfo("models/indicator-ranker.tsv") };
        var command = new Command("train", "Train the indicator category model from annotated reports, and the indicator ranker from the annotated corpus.")
        {
            annotations, reports, categories, output, corpus, rankerOutput,
        };
        command.SetAction(parse => CommandErrors.Run(() =>
        {
            var taxonomy = Taxonomy.Load(parse.GetValue(categories)!.FullName);
            var documents = TrainingSet.Documents(parse.GetValue(annotations)!.FullName, parse.GetValue(reports)!.FullName);
            var examples = documents.SelectMany(d => TrainingSet.Examples(d.Annotations, d.Report, new CategoryFeatures(taxonomy.Keywords))).ToList();
            var hash = TrainingSet.Hash(documents.SelectMany(d => new[] { d.Annotations, d.Report }).Append(parse.GetValue(categories)!.FullName));
            var model = CategoryTrainer.Train(examples, taxonomy, hash);

            var target = parse.GetValue(output)!.FullName;

            WriteWhole(target, model.Write);
            Console.WriteLine($"trained on {examples.Count} annotated quantities from {documents.Count} reports; wrote {target}");
            Console.WriteLine($"training data sha256 {hash}");
            var rankerTarget = parse.GetValue(rankerOutput)!.FullName;
            var ranker = IndicatorRankerTraining.Train(parse.GetValue(corpus)!.FullName, writer => WriteWhole(rankerTarget, writer));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indicator ranker: {ranker.Quantities} quantities of {ranker.Provinces} provinces; threshold {ranker.Threshold:0.000}, accuracy {ranker.Accuracy:P1}, wrong codes {ranker.WrongShare:P1}; wrote {rankerTarget}"));
        }));
        return command;
    }

    /// <summary>Written beside the target and moved over it, so a failed run never leaves half a model.</summary>
    private static void WriteWhole(string target, Action<TextWriter> write)
    {
        var temporary = target + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            write(writer);
        }

        File.Move(temporary, target, overwrite: true);
    }
}
