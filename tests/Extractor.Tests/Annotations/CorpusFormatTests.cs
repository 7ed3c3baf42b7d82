using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Annotations;
using Extractor.Extraction;
using Extractor.Extraction.Indicators;
using NUnit.Framework;

namespace Extractor.Tests.Annotations;

/// <summary>
/// The annotated corpus (models/corpus, format in its README) is well formed: every row is found in its
/// document by its evidence, names its measure with words of its paragraph, and uses only categories,
/// indicator codes and breakdowns the models define.
/// </summary>
public sealed partial class CorpusFormatTests
{
    private static readonly string CorpusFolder = Path.Combine(TestFiles.RepositoryRoot, "models", "corpus");
    private static readonly string[] Kinds = ["actual", "estimate", "target", "plan"];
    private static readonly string[] NumberColumns = ["value", "plan_pct", "plan_pct_2", "yoy_pct", "change_pct", "change"];

    // Bounds on the corpus as committed, so that a file going missing fails the test.
    private const int MinComposedDocuments = 19;
    private const int MinProvinces = 11;
    private const int MinComposedRows = 520;
    private const int MinRows = 1100;

    [Test]
    public void Every_row_is_found_in_its_document_and_names_its_measure_there()
    {
        var problems = new List<string>();
        var rows = 0;
        foreach (var table in Tables())
        {
            if (table.Document is not { } document)
            {
                continue;
            }

            foreach (var (row, line) in table.Rows)
            {
                rows++;
                var at = $"{table.Name} row {line}";
                var evidence = row["evidence"];
                var found = Occurrences(document.Text, evidence);
                if (evidence.Length < 25 || found != 1)
                {
                    problems.Add($"{at}: evidence \"{evidence}\" ({evidence.Length} characters) occurs {found} times");
                    continue;
                }

                if (!evidence.Contains(row["raw"], StringComparison.Ordinal) || row["raw"].Length == 0)
                {
                    problems.Add($"{at}: raw \"{row["raw"]}\" is not in its evidence");
                }

                var paragraph = document.Paragraphs.First(p => p.Contains(evidence, StringComparison.Ordinal));
                var context = row["context"];
                if (row["label"].Length == 0
                    || (!paragraph.Contains(row["label"], StringComparison.OrdinalIgnoreCase)
                        && !context.Contains(row["label"], StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{at}: label \"{row["label"]}\" is neither in the paragraph nor in the context");
                }

                if (context.Length > 0 && !document.Text.Contains(context, StringComparison.Ordinal))
                {
                    problems.Add($"{at}: context \"{context}\" is not in the document");
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
        Assert.That(rows, Is.GreaterThanOrEqualTo(MinRows), "rows checked in documents present");
    }

    [Test]
    public void Columns_hold_known_categories_kinds_and_numbers()
    {
        var categories = CodesOf(Path.Combine(TestFiles.RepositoryRoot, "models", "categories.tsv"));
        var problems = new List<string>();
        foreach (var table in Tables())
        {
            foreach (var (row, line) in table.Rows)
            {
                var at = $"{table.Name} row {line}";
                if (!categories.Contains(row["category"]))
                {
                    problems.Add($"{at}: unknown category \"{row["category"]}\"");
                }

                if (!Kinds.Contains(row["kind"]))
                {
                    problems.Add($"{at}: kind \"{row["kind"]}\" is not one of {string.Join(", ", Kinds)}");
                }

                if (row["where"] is not ("body" or "table") && !FootnotePlace().IsMatch(row["where"]))
                {
                    problems.Add($"{at}: where \"{row["where"]}\"");
                }

                problems.AddRange(NumberColumns
                    .Where(c => row[c].Length > 0 && !double.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    .Select(c => $"{at}: {c} \"{row[c]}\" is not an invariant number"));
                if (row["value"].Length == 0 || row["unit"].Length == 0)
                {
                    problems.Add($"{at}: value and unit are required");
                }

                if ((row["plan_pct"].Length > 0) != (row["plan_level"].Length > 0) && row["plan_level"].Length > 0)
                {
                    problems.Add($"{at}: a plan level without a percent of plan");
                }

                if (row["plan_pct_2"].Length > 0 && (row["plan_pct"].Length == 0 || row["plan_level_2"].Length == 0))
                {
                    problems.Add($"{at}: a second percent of plan needs the first and its own level");
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Codes_and_breakdowns_come_from_the_vocabulary()
    {
        var indicatorsFile = Path.Combine(TestFiles.RepositoryRoot, "models", "indicators.tsv");
        var dimensionsFile = Path.Combine(TestFiles.RepositoryRoot, "models", "indicator-dimensions.tsv");
        if (!File.Exists(indicatorsFile) || !File.Exists(dimensionsFile))
        {
            Assert.Ignore("the indicator vocabulary (models/indicators.tsv, models/indicator-dimensions.tsv) is not in this tree");
        }

        var indicators = AnnotationTable.Read(indicatorsFile).ToDictionary(
            r => r["code"],
            r => (Group: r["group"], Keys: r["dimensions"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        var values = AnnotationTable.Read(dimensionsFile).ToLookup(r => r["key"], r => r["value"]);
        var problems = new List<string>();
        foreach (var table in Tables())
        {
            foreach (var (row, line) in table.Rows)
            {
                var at = $"{table.Name} row {line}";
                var code = row["code"];
                if (code.Length == 0)
                {
                    continue;
                }

                if (!indicators.TryGetValue(code, out var indicator))
                {
                    problems.Add($"{at}: unknown code \"{code}\"");
                    continue;
                }

                if (indicator.Group != row["category"])
                {
                    problems.Add($"{at}: code {code} belongs to {indicator.Group}, the row says {row["category"]}");
                }

                foreach (var pair in row["dimensions"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                    if (parts.Length != 2 || !indicator.Keys.Contains(parts[0]))
                    {
                        problems.Add($"{at}: breakdown \"{pair}\" is not one {code} takes ({string.Join(", ", indicator.Keys)})");
                    }
                    else if (!values[parts[0]].Contains(parts[1]) && !values[parts[0]].Contains("*"))
                    {
                        problems.Add($"{at}: \"{parts[1]}\" is not a value of {parts[0]}");
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void The_corpus_spans_provinces_documents_and_rows()
    {
        var tables = Tables().ToList();
        var composed = tables.Where(t => t.Composed).ToList();
        var rows = tables.SelectMany(t => t.Rows.Select(r => r.Row)).ToList();
        var provinces = tables.Select(t => t.Province).Distinct().ToList();
        var kinds = rows.GroupBy(r => r["kind"]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        TestContext.Out.WriteLine(
            $"corpus: {tables.Count} documents ({composed.Count} composed) from {provinces.Count} provinces " +
            $"({string.Join(", ", provinces)}); {rows.Count} rows ({composed.Sum(t => t.Rows.Count)} in composed documents), " +
            $"{rows.Count(r => r["code"].Length > 0)} with an indicator code; kinds: {string.Join(", ", kinds)}");
        foreach (var table in tables)
        {
            TestContext.Out.WriteLine($"  {table.Name}: {table.Rows.Count} rows, {table.Rows.Count(r => r.Row["code"].Length > 0)} coded");
        }

        Assert.Multiple(() =>
        {
            Assert.That(composed, Has.Count.GreaterThanOrEqualTo(MinComposedDocuments), "composed documents");
            Assert.That(provinces, Has.Count.GreaterThanOrEqualTo(MinProvinces), "provinces");
            Assert.That(composed.Sum(t => t.Rows.Count), Is.GreaterThanOrEqualTo(MinComposedRows), "rows in composed documents");
            Assert.That(rows, Has.Count.GreaterThanOrEqualTo(MinRows), "rows");
            Assert.That(composed.Where(t => t.Document is null).Select(t => t.Name), Is.Empty, "composed tables without their .txt beside them");
        });
    }

    private sealed record CorpusDocument(string Text, IReadOnlyList<string> Paragraphs);

    private sealed record CorpusTable(
        string Name,
        string Province,
        bool Composed,
        CorpusDocument? Document,
        IReadOnlyList<(IReadOnlyDictionary<string, string> Row, int Line)> Rows);

    private static IEnumerable<CorpusTable> Tables()
    {
        var files = Directory.GetFiles(CorpusFolder, "*.tsv").Order(StringComparer.Ordinal).ToList();
        Assert.That(files, Is.Not.Empty, "no annotation tables in models/corpus");
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var (province, text, documentPath, composed) = CorpusSource.Of(file, lines, TestFiles.RepositoryRoot);
            var document = !File.Exists(documentPath) ? null
                : composed ? ComposedDocument(documentPath)
                : ReadDocument(documentPath);
            if (document is null && !composed && !text!.StartsWith(CorpusSource.Shared, StringComparison.Ordinal))
            {
                Assert.Fail($"{Path.GetFileName(file)}: its document {text} is missing");
            }

            var rows = new List<(IReadOnlyDictionary<string, string>, int)>();
            var line = 0;
            foreach (var row in AnnotationTable.Read(lines, Path.GetFileName(file)))
            {
                rows.Add((row, ++line));
            }

            yield return new CorpusTable(Path.GetFileName(file), province, composed, document, rows);
        }
    }

    /// <summary>A composed .txt: comment lines dropped, footnote marks removed, paragraphs split at blank lines.</summary>
    private static CorpusDocument ComposedDocument(string path)
    {
        var body = string.Join("\n", File.ReadAllLines(path).Where(l => !l.StartsWith('#')));
        var text = FootnoteMark().Replace(body, "");
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CorpusDocument(text, paragraphs);
    }

    /// <summary>
    /// A document elsewhere, read as training reads it: the project's reader, paragraphs, footnotes and tables,
    /// a table row as one passage of its non-empty cells joined by " | " (a cell's lines by spaces).
    /// </summary>
    private static CorpusDocument ReadDocument(string path)
    {
        var report = ReportFile.Read(path);
        var tables = report.PreambleTables.Concat(report.AllSections().SelectMany(s => s.Tables));
        var paragraphs = report.Preamble.Select(p => p.Text)
            .Concat(report.AllSections().SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend(s.Title)))
            // A note cut by a page break reads on as one passage, as the extraction reads it.
            .Concat(report.Footnotes.Select(f => string.Join(" ", f.Paragraphs.Select(p => p.Text))))
            .Concat(tables.SelectMany(t => t.Rows).Select(TableReader.RowText))
            .Where(p => p.Length > 0)
            .ToList();
        return new CorpusDocument(string.Join("\n", paragraphs), paragraphs);
    }

    private static int Occurrences(string text, string piece)
    {
        if (piece.Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var at = text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.IndexOf(piece, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static HashSet<string> CodesOf(string tsv) => AnnotationTable.Read(tsv).Select(r => r["code"]).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\[\^\d+\](: )?")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"^footnote \d+$")]
    private static partial Regex FootnotePlace();
}
