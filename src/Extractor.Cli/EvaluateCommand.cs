using System.CommandLine;
using System.Globalization;
using Extractor.Evaluation;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary><c>extractor evaluate --gold DIR</c>: precision, recall and F1 against gold records, categories cross-validated by document.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Gold record files (one .tsv per report).", Required = true };
        var annotations = new Option<DirectoryInfo>("--annotations") { Description = "Training annotations.", DefaultValueFactory = _ => new DirectoryInfo("models/annotations") };
        var reports = new Option<DirectoryInfo>("--reports") { Description = "The reports, named like the gold files.", DefaultValueFactory = _ => new DirectoryInfo("samples/text") };
        var categories = new Option<FileInfo>("--categories") { Description = "The category taxonomy.", DefaultValueFactory = _ => new FileInfo("models/categories.tsv") };
        var misses = new Option<bool>("--misses") { Description = "List every missed, extra or wrongly qualified record, every quantity linked to the wrong indicator, and every corpus label not the annotated one." };
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The annotated corpus the indicator linker is cross-validated on, by province.", DefaultValueFactory = _ => new DirectoryInfo("models/corpus") };
        var command = new Command("evaluate", "Score extraction against gold records, and indicator linking on the annotated corpus.") { gold, annotations, reports, categories, misses, corpus };
        command.SetAction(parse => CommandErrors.Run(() =>
        {
            void PrintMisses(IEnumerable<string> lines)
            {
                if (parse.GetValue(misses))
                {
                    foreach (var line in lines)
                    {
                        Console.WriteLine(line);
                    }
                }
            }

            var scores = ExtractionEvaluation.CrossValidate(new EvaluationData(
                parse.GetValue(gold)!.FullName, parse.GetValue(annotations)!.FullName, parse.GetValue(reports)!.FullName, parse.GetValue(categories)!.FullName));
            var table = new Table().AddColumns("report", "gold", "extracted", "P", "R", "F1", "qualifiers", "labels", "categories");
            foreach (var s in scores.Select(d => (d.Document, d.Score)).Append(("all", scores.Aggregate(ExtractionScore.Empty, (a, d) => a + d.Score))))
            {
                table.AddRow(Markup.Escape(s.Item1), Int(s.Item2.Gold), Int(s.Item2.Extracted), F(s.Item2.Precision), F(s.Item2.Recall), F(s.Item2.F1),
                    F(s.Item2.QualifierAccuracy), F(s.Item2.LabelAccuracy), F(s.Item2.CategoryAccuracy));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("value+unit: P/R/F1 over ha, tấn, triệu đồng, % KH, % CK; qualifiers, labels (gold head words in the label) and categories: share of matched records; categories by a model trained on the other reports.");
            PrintMisses(scores.SelectMany(d => d.Misses.Select(m => $"{d.Document}: {m}")));

            var linking = IndicatorLinkingFigures.CrossValidate(parse.GetValue(corpus)!.FullName);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indicator linking, cross-validated by province: {linking.Quantities} quantities of {linking.Provinces} provinces, {linking.Coded} with a code; " +
                $"best candidate right {linking.BestRight} ({(double)linking.BestRight / Math.Max(1, linking.Coded):P1}); above the threshold {linking.Threshold:0.000} " +
                $"{linking.Given} codes given, {linking.GivenWrong} wrong; accuracy {linking.Accuracy:P1}"));
            PrintMisses(linking.Misses);

            var reading = CorpusReadingFigures.Of(parse.GetValue(corpus)!.FullName);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"the corpus read by the rules: {reading.Rows} rows, {reading.Read} read, {reading.Unannotated} quantities read that no row annotates; " +
                $"value+unit P {F(reading.Precision)} R {F(reading.Recall)} F1 {F(reading.F1)}; of the rows read: kind {Share(reading.KindRight, reading.Read)}, " +
                $"change {Share(reading.ChangeRight, reading.Changes)}, percent of plan {Share(reading.PlanRight, reading.Plans)}, " +
                $"label the annotated one {Share(reading.LabelExact, reading.Read)}, holding it {Share(reading.LabelHolds, reading.Read)} " +
                $"(the label model cross-validated by province; the rules alone {Share(reading.LabelRules, reading.Read)})"));
            PrintMisses(reading.LabelMisses);
        }));
        return command;
    }

    private static string Share(int right, int of) => $"{F(of == 0 ? 0 : (double)right / of)} ({Int(right)}/{Int(of)})";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
