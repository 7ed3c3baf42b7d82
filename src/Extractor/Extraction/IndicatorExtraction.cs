using Extractor.Model;
using Extractor.Records;

namespace Extractor.Extraction;

/// <summary>From a report to its indicator records: body paragraphs, footnotes and table cells.</summary>
public static class IndicatorExtraction
{
    public static IReadOnlyList<IndicatorRecord> Extract(Report report) => [];
}
