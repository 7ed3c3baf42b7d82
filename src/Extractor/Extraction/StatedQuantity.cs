using Extractor.Extraction.Labels;
using Extractor.Extraction.Quantities;
using Extractor.Records;

namespace Extractor.Extraction;

/// <summary>
/// A quantity a passage states, with everything the rules read around it; the category is
/// added afterwards by the model. Mutable only while its passage is being read.
/// </summary>
internal sealed class StatedQuantity(QuantityMention mention, string unit, decimal value)
{
    public QuantityMention Mention { get; } = mention;

    public string Unit { get; set; } = unit;

    public decimal Value { get; set; } = value;

    public decimal? PlanPercent { get; set; }

    public decimal? SamePeriodPercent { get; set; }

    public decimal? ChangePercent { get; set; }

    public decimal? PlanValue { get; set; }

    /// <summary>A change in this quantity's unit against the period compared ("giảm 629 ha": -629).</summary>
    public decimal? Change { get; set; }

    /// <summary>Whether this quantity is itself a change ("Giảm 3 tiêu chí so với năm 2022"), so no later change qualifies it.</summary>
    public bool IsChange { get; set; }

    /// <summary>The level that assigned the plan this figure or its percentage of plan refers to: "tỉnh giao".</summary>
    public string? PlanLevel { get; set; }

    public RecordKind Kind { get; set; }

    /// <summary>Whether the figure is an estimate: its kind, as the record's estimate flag states it too.</summary>
    public bool Estimate => Kind == RecordKind.Estimate;

    public bool Cumulative { get; set; }

    public bool Approximate { get; set; }

    public string Label { get; set; } = "";

    /// <summary>For a price ("mỗi suất quà trị giá 600.000 đồng"), the thing priced: "suất quà".</summary>
    public string Priced { get; init; } = "";

    public string LeadIn { get; set; } = "";

    /// <summary>The words the label was chosen from, with the rules' label; null for a price, a share of plan or last year standing alone, or a table's figure.</summary>
    public LabelWords? LabelWords { get; set; }

    /// <summary>The words before the quantity in its clause, from the quantity before it: where its label, kind and breakdowns are read.</summary>
    public string Words { get; set; } = "";

    public string Evidence { get; set; } = "";

    public List<string> Doubts { get; } = [];

    /// <summary>A number written without a unit, kept only if a percentage of plan or same period qualifies it.</summary>
    public bool Bare { get; set; } = mention.Kind == MentionKind.Bare;

    public string Indicator => LeadIn.Length == 0 ? Label : Label.Length == 0 ? LeadIn : $"{LeadIn}: {Label}";
}
