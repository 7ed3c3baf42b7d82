using Extractor.Extraction;
using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Extraction.Specs;

/// <summary>
/// Runs every example of the spec files beside this class (*.md other than README.md, copied to
/// the test output) through extraction: a passage as the one paragraph of a report, a table as
/// its one table, and compares the records with the ones the example states.
/// </summary>
public sealed class ExtractionSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Extraction", "Specs");

    public static IEnumerable<TestCaseData> Examples() => Directory.GetFiles(Folder, "*.md")
        .Where(f => Path.GetFileName(f) != "README.md")
        .Order(StringComparer.Ordinal)
        .SelectMany(SpecExample.Read)
        .Select(e => new TestCaseData(e).SetName(e.Name));

    [Test]
    public void Every_topic_has_its_spec_file()
    {
        var files = Directory.GetFiles(Folder, "*.md").Select(Path.GetFileName);

        Assert.That(files, Is.SupersetOf(new[] { "README.md", "numbers.md", "units.md", "percentages.md", "qualifiers.md", "not-quantities.md", "enumerations.md", "tables.md", "kinds.md", "changes.md", "dimensions.md" }));
    }

    [TestCaseSource(nameof(Examples))]
    public void Extraction_gives_the_records_the_example_states(SpecExample example)
    {
        var records = IndicatorExtraction.Extract(ReportOf(example));

        var actual = records.Select((r, i) => ExpectedRecord.Describe(r, i < example.Expected.Count ? example.Expected[i] : null)).ToList();
        var expected = example.Expected.Select(e => e.ToString()).ToList();
        Assert.That(actual, Is.EqualTo(expected), $"{example.Where}: extraction gave\n{(actual.Count == 0 ? "(none)" : string.Join("\n", actual))}\n");
    }

    private static Report ReportOf(SpecExample example)
    {
        var location = new SourceLocation(0);
        IReadOnlyList<Paragraph> paragraphs = example.IsTable ? [] : [Paragraph.Plain(example.Text, location)];
        IReadOnlyList<Table> tables = example.IsTable ? [new Table(example.Rows, location)] : [];
        return new Report(example.File, ReportMetadata.Empty, paragraphs, tables, [], [], Closing.None, []);
    }
}
