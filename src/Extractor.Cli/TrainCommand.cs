using System.CommandLine;
using Extractor.Extraction.Categories;

namespace Extractor.Cli;

/// <summary><c>extractor train</c>: rebuilds the category model from the annotations.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var annotations = new Option<DirectoryInfo>("--annotations") { Description = "Training annotations.", DefaultValueFactory = _ => new DirectoryInfo("models/annotations") };
        var reports = new Option<DirectoryInfo>("--reports") { Description = "The reports the annotations describe.", DefaultValueFactory = _ => new DirectoryInfo("samples/text") };
        var categories = new Option<FileInfo>("--categories") { Description = "The category taxonomy.", DefaultValueFactory = _ => new FileInfo("models/categories.tsv") };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => new FileInfo("models/indicator-model.tsv") };
        var command = new Command("train", "Train the indicator category model from annotated reports.") { annotations, reports, categories, output };
        command.SetAction(parse => CommandErrors.Run(() =>
        {
            var taxonomy = Taxonomy.Load(parse.GetValue(categories)!.FullName);
            var documents = TrainingSet.Documents(parse.GetValue(annotations)!.FullName, parse.GetValue(reports)!.FullName);
            var examples = documents.SelectMany(d => TrainingSet.Examples(d.Annotations, d.Report, new CategoryFeatures(taxonomy.Keywords))).ToList();
            var hash = TrainingSet.Hash(documents.SelectMany(d => new[] { d.Annotations, d.Report }).Append(parse.GetValue(categories)!.FullName));
            var model = CategoryTrainer.Train(examples, taxonomy, hash);

            // Written beside the target and moved over it, so a failed run never leaves half a model.
            var target = parse.GetValue(output)!.FullName;
            var temporary = target + ".tmp";
            using (var writer = new StreamWriter(temporary))
            {
                model.Write(writer);
            }

            File.Move(temporary, target, overwrite: true);
            Console.WriteLine($"trained on {examples.Count} annotated quantities from {documents.Count} reports; wrote {target}");
            Console.WriteLine($"training data sha256 {hash}");
        }));
        return command;
    }
}
