using System.Globalization;
using Extractor.Records;

namespace Extractor.Annotations;

/// <summary>
/// A tab-separated annotation file: one header line naming the columns, "#" comment lines,
/// then rows. The gold records that evaluation scores against, the category model's training
/// annotations and the category list all use it; it sits apart from both stages so that
/// training (in Extraction) does not reach into Evaluation.
/// </summary>
internal static class AnnotationTable
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path) => Read(File.ReadLines(path), Path.GetFileName(path));

    /// <summary>The rows of a table given as its lines; <paramref name="table"/> names it in errors.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(IEnumerable<string> lines, string table)
    {
        string[]? header = null;
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new FormatException($"{table} line {lineNumber}: {cells.Length} cells, the header has {header.Length}");
            }

            yield return header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : ""))
                .ToDictionary(c => c.name, c => c.value);
        }
    }

    /// <summary>The place a row's "where" column names: "body", "footnote 12" or "table".</summary>
    public static (RecordSource Source, int? Footnote) Where(string where) => where.Split(' ') switch
    {
        ["footnote", var n] => (RecordSource.Footnote, int.Parse(n, CultureInfo.InvariantCulture)),
        ["table"] => (RecordSource.Table, null),
        _ => (RecordSource.Body, null),
    };
}
