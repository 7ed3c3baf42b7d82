using System.CommandLine;
using System.Globalization;
using Extractor.Evaluation;
using Extractor.Extraction.Categories;

namespace Extractor.Cli;

/// <summary><c>extractor train</c>: rebuilds the label model and the indicator linker from the annotated corpus, and the category model from the annotations.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var annotations = new Option<DirectoryInfo>("--annotations") { Description = "Training annotations.", DefaultValueFactory = _ => new DirectoryInfo("models/annotations") };
        var reports = new Option<DirectoryInfo>("--reports") { Description = "The reports the annotations describe.", DefaultValueFactory = _ => new DirectoryInfo("samples/text") };
        var categories = new Option<FileInfo>("--categories") { Description = "The category taxonomy.", DefaultValueFactory = _ => new FileInfo("models/categories.tsv") };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => new FileInfo("models/indicator-model.tsv") };
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The annotated corpus the indicator linker is trained on.", DefaultValueFactory = _ => new DirectoryInfo("models/corpus") };
        var linkerOutput = new Option<FileInfo>("--linker-out") { Description = "Where to write the indicator linker.", DefaultValueFactory = _ => new FileInfo("models/indicator-ranker.tsv") };
        var labelOutput = new Option<FileInfo>("--labels-out") { Description = "Where to write the label model.", DefaultValueFactory = _ => new FileInfo("models/label-model.tsv") };
        var command = new Command("train", "Train the label model and the indicator linker from the annotated corpus, and the indicator category model from annotated reports.")
        {
            annotations, reports, categories, output, corpus, linkerOutput, labelOutput,
        };
        command.SetAction(parse => CommandErrors.Run(() =>
        {
            // The label model first: the category model and the linker learn from the labels it chooses.
            var labels = parse.GetValue(labelOutput)!.FullName;
            var skipped = new List<string>();
            var spans = 0;
            Write(labels, writer => spans = LabelModelTraining.Train(parse.GetValue(corpus)!.FullName, writer, skipped));
            Console.WriteLine($"label model trained on {spans} annotated label spans; wrote {labels}");

            var taxonomy = Taxonomy.Load(parse.GetValue(categories)!.FullName);
            var documents = TrainingSet.Documents(parse.GetValue(annotations)!.FullName, parse.GetValue(reports)!.FullName);
            var examples = documents.SelectMany(d => TrainingSet.Examples(d.Annotations, d.Report, new CategoryFeatures(taxonomy.Keywords), labels)).ToList();
            var hash = TrainingSet.CategoryModelHash(documents, parse.GetValue(categories)!.FullName, labels);
            var model = CategoryTrainer.Train(examples, taxonomy, hash);

            var target = parse.GetValue(output)!.FullName;
            Write(target, model.Write);
            Console.WriteLine($"trained on {examples.Count} annotated quantities from {documents.Count} reports; wrote {target}");
            Console.WriteLine($"training data sha256 {hash}");

            var linker = parse.GetValue(linkerOutput)!.FullName;
            IndicatorLinkingFigures? figures = null;
            Write(linker, writer => figures = IndicatorLinkerTraining.Train(parse.GetValue(corpus)!.FullName, writer, labelModel: labels));
            foreach (var reason in skipped)
            {
                Console.Error.WriteLine($"notice: {reason}; the label model and the linker differ from ones trained with it");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indicator linker trained on {figures!.Quantities} quantities of {figures.Provinces} provinces; threshold {figures.Threshold:0.000} (cross-validated by province: {figures.Given} codes given, {figures.GivenWrong} wrong); wrote {linker}"));
        }));
        return command;
    }

    /// <summary>Written beside the target and moved over it, so a failed run never leaves half a model.</summary>
    private static void Write(string target, Action<TextWriter> write)
    {
        var temporary = target + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            write(writer);
        }

        File.Move(temporary, target, overwrite: true);
    }
}
