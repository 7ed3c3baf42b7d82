namespace Extractor.Extraction.Quantities;

internal enum MentionKind
{
    /// <summary>A number with its unit: "1.448,29 ha".</summary>
    Quantity,
    /// <summary>"96%", "27,4% KH": whether of plan or of the same period is decided by the words after it.</summary>
    Percent,
    /// <summary>"340/285 con", "10.084.045đ/12.000.000đ": actual over plan (or part over whole).</summary>
    Ratio,
    /// <summary>"từ 0,8 đến 1,5m".</summary>
    Range,
    /// <summary>A number with no unit the lexicon knows: "giải ngân được 70.821 đạt ...".</summary>
    Bare,
}

/// <summary>
/// A quantity found in a text: where it stands (<see cref="Start"/>..<see cref="End"/>), how it was
/// written, its value and unit. <see cref="Second"/> is the plan side of a ratio or the end of a range.
/// </summary>
internal sealed record QuantityMention(
    MentionKind Kind,
    int Start,
    int End,
    string Raw,
    decimal Value,
    UnitEntry? Unit,
    NumberDoubt Doubt,
    decimal? Second = null)
{
    public decimal CanonicalValue => Unit is null ? Value : Value * Unit.Factor;

    public decimal? CanonicalSecond => Second is { } s && Unit is not null ? s * Unit.Factor : Second;
}
