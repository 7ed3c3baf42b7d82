using Extractor.Records;
using Extractor.Text;

namespace Extractor.Evaluation;

/// <summary>
/// How extracted records compare with the gold: precision, recall and F1 of value+unit
/// (a record matches a gold row with the same source, unit and value stated in the same
/// place), and over the matched pairs the share with every qualifier right, with a label
/// holding the gold head words, and with the right category.
/// </summary>
public sealed record ExtractionScore(int Gold, int Extracted, int Matched, int QualifiersRight, int LabelsRight, int CategoriesRight)
{
    public double Precision => Extracted == 0 ? 0 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double QualifierAccuracy => Matched == 0 ? 0 : (double)QualifiersRight / Matched;

    public double LabelAccuracy => Matched == 0 ? 0 : (double)LabelsRight / Matched;

    public double CategoryAccuracy => Matched == 0 ? 0 : (double)CategoriesRight / Matched;

    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) => new(
        a.Gold + b.Gold, a.Extracted + b.Extracted, a.Matched + b.Matched,
        a.QualifiersRight + b.QualifiersRight, a.LabelsRight + b.LabelsRight, a.CategoriesRight + b.CategoriesRight);

    public static ExtractionScore Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Scores one document's records against its gold; <paramref name="misses"/> collects what did not match, for reading.</summary>
    public static ExtractionScore Of(IReadOnlyList<GoldRecord> gold, IReadOnlyList<IndicatorRecord> records, ICollection<string>? misses = null)
    {
        var candidates = records.Where(r => GoldRecord.Units.Contains(r.Unit)).ToList();
        var unmatched = new List<IndicatorRecord>(candidates);
        int matched = 0, qualifiers = 0, labels = 0, categories = 0;
        foreach (var g in gold)
        {
            var same = unmatched.Where(r => SamePlace(g, r) && r.Unit == g.Unit && Math.Abs(r.Value - g.Value) < 0.000001m).ToList();
            var record = same.FirstOrDefault(r => Overlap(g.Evidence, r.Evidence)) ?? same.FirstOrDefault();
            if (record is null)
            {
                misses?.Add($"missed   {Where(g.Source, g.Footnote)} {g.Raw} = {g.Value} {g.Unit} | {g.Evidence}");
                continue;
            }

            unmatched.Remove(record);
            matched++;
            var qualifiersRight = record.PlanPercent == g.PlanPercent && record.YearOnYearPercent == g.YearOnYearPercent
                && record.ChangePercent == g.ChangePercent && record.PlanValue == g.PlanValue
                && record.Estimate == g.Estimate && record.Cumulative == g.Cumulative && record.Approximate == g.Approximate;
            qualifiers += qualifiersRight ? 1 : 0;
            var labelRight = g.Head.All(h => record.Indicator.Contains(h, StringComparison.OrdinalIgnoreCase));
            labels += labelRight ? 1 : 0;
            categories += record.Category == g.Category ? 1 : 0;
            if (!qualifiersRight)
            {
                misses?.Add($"qualif.  {g.Raw}: gold plan={g.PlanPercent} yoy={g.YearOnYearPercent} chg={g.ChangePercent} pv={g.PlanValue} e={g.Estimate} c={g.Cumulative} a={g.Approximate}; got plan={record.PlanPercent} yoy={record.YearOnYearPercent} chg={record.ChangePercent} pv={record.PlanValue} e={record.Estimate} c={record.Cumulative} a={record.Approximate}");
            }

            if (!labelRight)
            {
                misses?.Add($"label    {g.Raw}: head [{string.Join("|", g.Head)}] not in \"{record.Indicator}\"");
            }
        }

        foreach (var r in unmatched)
        {
            misses?.Add($"extra    {Where(r.Source, r.Footnote)} {r.Raw} = {r.Value} {r.Unit} | {r.Evidence}");
        }

        return new ExtractionScore(gold.Count, candidates.Count, matched, qualifiers, labels, categories);
    }

    private static bool SamePlace(GoldRecord g, IndicatorRecord r) =>
        g.Source == r.Source && g.Footnote == r.Footnote && SqueezedText.Of(g.Evidence).Contains(SqueezedText.Of(r.Raw), StringComparison.Ordinal);

    /// <summary>The gold evidence and the record's clause are the same stretch of text (one holds the other).</summary>
    private static bool Overlap(string goldEvidence, string clause)
    {
        var (g, c) = (SqueezedText.Of(goldEvidence), SqueezedText.Of(clause));
        return g.Contains(c, StringComparison.Ordinal) || c.Contains(g, StringComparison.Ordinal);
    }

    private static string Where(RecordSource source, int? footnote) => footnote is { } n ? $"footnote {n}" : source.ToString().ToLowerInvariant();
}
