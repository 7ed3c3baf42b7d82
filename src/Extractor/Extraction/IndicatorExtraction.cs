using Extractor.Extraction.Categories;
using Extractor.Extraction.Indicators;
using Extractor.Model;
using Extractor.Records;

namespace Extractor.Extraction;

/// <summary>
/// From a report to its indicator records: rules read the quantities of body paragraphs,
/// footnotes and tables with their qualifiers and labels; the linker names the canonical indicator each measures where it
/// is sure enough, and its group is then the category; otherwise the category model names the field.
/// </summary>
public static class IndicatorExtraction
{
    /// <param name="model">The category model; the one shipped in the library when null. Without any, categories are "other".</param>
    public static IReadOnlyList<IndicatorRecord> Extract(Report report, CategoryModel? model = null) =>
        Extract(report, model, IndicatorLinker.Embedded);

    /// <param name="linker">The indicator linker; none links nothing (the extraction benchmark's reference).</param>
    internal static IReadOnlyList<IndicatorRecord> Extract(Report report, CategoryModel? model, IndicatorLinker? linker)
    {
        model ??= CategoryModel.Embedded;
        var m = report.Metadata;
        var name = Path.GetFileName(report.Source);
        var records = new List<IndicatorRecord>();

        // Stage after stage over the report's quantities, not every stage quantity by quantity: a stage's tables (the
        // label model's weights, the linker's synonyms, the category model's weights) then stay in the processor's caches.
        List<(StatedQuantity Quantity, Passage Passage)> stated = [.. Passages.Stated(report)];
        IndicatorLink?[] links = [.. stated.Select(s => linker?.Link(QuantityWords.Of(s.Quantity, s.Passage)))];
        string[] categories = [.. stated.Select((s, i) => links[i]?.Indicator.Group ?? model?.Predict(s.Quantity.Label, s.Quantity.LeadIn, s.Passage.Context, s.Quantity.Unit).Category ?? "other")];
        for (var i = 0; i < stated.Count; i++)
        {
            var ((q, passage), link, category) = (stated[i], links[i], categories[i]);
            // A number that nothing around it names ("Tổng: 12,5 tỷ đồng") is named by what frames it: the section title, or for a footnote the clause it breaks down.
            var indicator = q.Indicator.Any(char.IsLetter) ? q.Indicator : passage.Context[(passage.Context.LastIndexOf(" / ", StringComparison.Ordinal) + 1)..].Trim(' ', '/');
            records.Add(new IndicatorRecord(
                name, m.Place?.ToString(), m.Province, m.Year, m.Period?.Label, passage.SectionPath, indicator, category,
                q.Value, q.Unit, q.PlanPercent, q.SamePeriodPercent, q.Estimate, q.Cumulative, q.Approximate,
                passage.Source, passage.Footnote, q.Mention.Raw, q.Evidence)
            {
                Doubt = q.Doubts.Count == 0 ? null : string.Join("; ", q.Doubts),
                PlanValue = q.PlanValue,
                ChangePercent = q.ChangePercent,
                Change = q.Change,
                Kind = q.Kind,
                Dimensions = DimensionReading.Read(q, passage.Context),
                OcrConfidence = passage.OcrConfidence,
                Page = passage.PageAt(q.Mention.Start),
                IndicatorCode = link?.Indicator.Code,
                IndicatorName = link?.Indicator.Name,
                IndicatorConfidence = link is null ? null : Math.Round(link.Confidence, 3),
            });
        }

        return records;
    }
}
