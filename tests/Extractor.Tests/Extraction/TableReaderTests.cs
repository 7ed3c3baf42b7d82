using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>
/// Indicators read from the tables of a real appendix document; how single tables are read,
/// row by row, is written down in Specs/tables.md.
/// </summary>
public sealed class TableReaderTests
{
    [Test]
    public void Real_appendix_tables_are_read_by_their_columns()
    {
        var report = ReportFile.Read(TestFiles.RealWorld("d06_PhuLuc_BC_CCHC_2025_tables.docx"));
        var records = Extractor.Extraction.IndicatorExtraction.Extract(report).Where(r => r.Source == Extractor.Records.RecordSource.Table).ToList();
        Assert.That(records.Where(r => r.Indicator.StartsWith("Số văn bản chỉ đạo CCHC đã ban hành", StringComparison.Ordinal)).Select(r => (r.Value, r.Unit)),
            Has.Member((82m, "văn bản")));
        Assert.That(records.Where(r => r.Indicator == "Số hồ sơ TTHC giải quyết đúng hạn").Select(r => r.Value), Has.Member(467565m));
        Assert.That(records.Select(r => r.Raw).Where(raw => raw.Contains('/')), Is.Empty, "ranks like 12/63 are not values");
    }
}
