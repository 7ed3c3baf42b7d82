namespace Extractor.Store;

/// <summary>What every record of a report repeats from it: stored once, on the report.</summary>
internal sealed record ReportNames(string Name, string? Place, string? Province, int? Year, string? Period);
