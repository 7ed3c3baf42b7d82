using Extractor.Annotations;
using Extractor.Records;
using NUnit.Framework;

namespace Extractor.Tests.Annotations;

public sealed class AnnotationTableTests
{
    [TestCase("body", RecordSource.Body, null)]
    [TestCase("footnote 12", RecordSource.Footnote, 12)]
    [TestCase("table", RecordSource.Table, null)]
    [TestCase("", RecordSource.Body, null)]
    public void The_where_column_names_the_place(string where, RecordSource source, int? footnote) =>
        Assert.That(AnnotationTable.Where(where), Is.EqualTo((source, footnote)));

    [Test]
    public void Rows_are_read_by_header_name_past_comments_and_blank_lines()
    {
        var file = Path.Combine(TestFiles.TempDirectory(), "gold.tsv");
        File.WriteAllLines(file, ["# comment", "where\traw\tvalue", "", "footnote 3\t25.693 ha\t25693", "table\t5 tấn"]);

        var rows = AnnotationTable.Read(file).Select(r => $"{r["where"]}|{r["raw"]}|{r["value"]}");

        Assert.That(rows, Is.EqualTo(new[] { "footnote 3|25.693 ha|25693", "table|5 tấn|" }));
    }
}
