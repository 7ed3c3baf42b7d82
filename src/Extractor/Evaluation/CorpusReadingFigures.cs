using System.Globalization;
using Extractor.Extraction.Indicators;
using Extractor.Text;

namespace Extractor.Evaluation;

/// <summary>
/// How the rules read the annotated corpus (models/corpus), row by row: the value and unit (precision over every
/// quantity they read in its documents, recall over the rows), and of the rows they read, the kind, the change, the
/// percentage of plan and the label against the annotation. The rules learn nothing from the corpus, so every province
/// is held out; the three seeds of Lạng Sơn are the documents the rules were written on. The label model learns from
/// it: its labels are scored as a model trained on the other provinces chooses them.
/// </summary>
/// <param name="Rows">Annotated quantities of the documents on this machine.</param>
/// <param name="Read">Rows the rules read as a quantity of their own.</param>
/// <param name="Unannotated">Quantities the rules read that no row annotates.</param>
/// <param name="ValueUnitRight">
/// Rows read with the annotated value (to 0.01%) and unit; a count unit naming what it counts is its unit ("lượt khách" is
/// "lượt", as linking takes it), and a share of plan or of last year ("% KH", "% CK") is the corpus's "%".
/// </param>
/// <param name="KindRight">Rows read whose kind (actual, estimate, target, plan) is the annotated one.</param>
/// <param name="Changes">Rows read where the annotation or the reading has a change (percent or amount).</param>
/// <param name="ChangeRight">Of those, how many agree on both.</param>
/// <param name="Plans">Rows read where the annotation or the reading has a percentage of plan.</param>
/// <param name="PlanRight">Of those, how many agree.</param>
/// <param name="LabelExact">
/// Rows read whose label, as the label model trained on the other provinces chooses it, is the annotated label (compared
/// without diacritics and case).
/// </param>
/// <param name="LabelHolds">Rows read whose label so chosen holds the annotated label whole.</param>
/// <param name="LabelRules">Rows read whose label as the rules alone read it is the annotated label.</param>
/// <param name="LabelMisses">Rows read whose label so chosen is not the annotated one, one line each.</param>
public sealed record CorpusReadingFigures(
    int Rows, int Read, int Unannotated, int ValueUnitRight, int KindRight, int Changes, int ChangeRight, int Plans, int PlanRight, int LabelExact, int LabelHolds, int LabelRules,
    IReadOnlyList<string> LabelMisses)
{
    public double Precision => Read + Unannotated == 0 ? 0 : (double)ValueUnitRight / (Read + Unannotated);

    public double Recall => Rows == 0 ? 0 : (double)ValueUnitRight / Rows;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Reads every document of the corpus as reports are read and scores the rules on its rows.</summary>
    public static CorpusReadingFigures Of(string corpusDirectory)
    {
        var unannotated = new List<string>();
        var rows = LinkingCorpus.Read(corpusDirectory, unannotated: unannotated);
        var labels = LabelModelTraining.CrossValidated(rows);
        var read = rows.Select((q, i) => (Gold: q.Annotation, q.Reading, Label: labels[i], q.Document))
            .Where(q => q.Reading is not null)
            .Select(q => (q.Gold, Reading: q.Reading!, Label: q.Label!, q.Document))
            .ToList();
        var changes = read.Where(r => Number(r.Gold, "change_pct") is not null || Number(r.Gold, "change") is not null || r.Reading.ChangePercent is not null || r.Reading.Change is not null).ToList();
        var plans = read.Where(r => Number(r.Gold, "plan_pct") is not null || r.Reading.PlanPercent is not null).ToList();
        return new CorpusReadingFigures(
            rows.Count,
            read.Count,
            unannotated.Count,
            read.Count(r => Same(Number(r.Gold, "value"), r.Reading.Value) && SameUnit(r.Gold.GetValueOrDefault("unit", ""), r.Reading.Unit)),
            read.Count(r => r.Gold.GetValueOrDefault("kind") == r.Reading.Kind.ToString().ToLowerInvariant()),
            changes.Count,
            changes.Count(r => Same(Number(r.Gold, "change_pct"), r.Reading.ChangePercent) && Same(Number(r.Gold, "change"), r.Reading.Change)),
            plans.Count,
            plans.Count(r => Same(Number(r.Gold, "plan_pct"), r.Reading.PlanPercent)),
            read.Count(r => SameLabel(r.Gold, r.Label)),
            read.Count(r => VietnameseFold.Key(r.Label).Contains(VietnameseFold.Key(r.Gold.GetValueOrDefault("label", "")), StringComparison.Ordinal)),
            read.Count(r => SameLabel(r.Gold, r.Reading.LabelWords?.RulesLabel ?? r.Reading.Label)),
            [.. read.Where(r => !SameLabel(r.Gold, r.Label))
                .Select(r => $"{r.Document}: label \"{r.Label}\" for {r.Reading.Value.ToString(CultureInfo.InvariantCulture)} {r.Reading.Unit}, annotated \"{r.Gold.GetValueOrDefault("label", "")}\"" +
                    (r.Reading.LabelWords is { } words && words.Find(r.Gold.GetValueOrDefault("label", "")) is null ? " (not a run of the words around it)" : ""))]);
    }

    private static bool SameLabel(IReadOnlyDictionary<string, string> gold, string label) =>
        VietnameseFold.Key(gold.GetValueOrDefault("label", "")) == VietnameseFold.Key(label);

    private static bool SameUnit(string gold, string read)
    {
        read = read is "% KH" or "% CK" ? "%" : read;
        return IndicatorCandidates.SameUnit(read, gold) || IndicatorCandidates.SameUnit(gold, read);
    }

    private static decimal? Number(IReadOnlyDictionary<string, string> row, string column) =>
        row.GetValueOrDefault(column, "") is { Length: > 0 } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static bool Same(decimal? gold, decimal? read) =>
        gold is null || read is null ? gold == read : Math.Abs(gold.Value - read.Value) <= 0.0001m * Math.Max(1, Math.Abs(gold.Value));
}
