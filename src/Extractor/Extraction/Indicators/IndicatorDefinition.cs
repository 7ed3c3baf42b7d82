namespace Extractor.Extraction.Indicators;

/// <summary>
/// One canonical indicator of the vocabulary (models/indicators.tsv): what a record can be linked to.
/// </summary>
/// <param name="Code">Stable ASCII code, "&lt;group&gt;.&lt;measure&gt;": "crop_area.sown".</param>
/// <param name="Group">The category code of models/categories.tsv the indicator belongs to.</param>
/// <param name="Name">The Vietnamese name, as the official indicator systems call it where they have it.</param>
/// <param name="Unit">The canonical unit as the unit lexicon writes it: "ha", "triệu đồng", "%", "con".</param>
/// <param name="Dimensions">The breakdown keys the indicator takes ("crop", "season"), declared in models/indicator-dimensions.tsv.</param>
/// <param name="Synonyms">The words reports use for it; "..." in one stands for the words between its parts.</param>
/// <param name="Source">Where the entry is grounded: official indicator systems, sample reports, pages (keys in models/indicators.md).</param>
internal sealed record IndicatorDefinition(
    string Code,
    string Group,
    string Name,
    string Unit,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> Synonyms,
    string Source);

/// <summary>One value a breakdown takes ("đông xuân") and how reports write it ("đông - xuân", "vụ đông xuân").</summary>
internal sealed record DimensionValue(string Value, IReadOnlyList<string> Spellings);

/// <summary>
/// A breakdown key ("season") with its values. An open key ("scope") also takes values the list
/// does not hold, as written: a named commune is a scope.
/// </summary>
internal sealed record DimensionKey(string Name, bool Open, IReadOnlyList<DimensionValue> Values);
