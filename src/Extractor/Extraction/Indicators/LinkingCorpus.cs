using System.Text;
using System.Text.RegularExpressions;
using Extractor.Annotations;
using Extractor.Extraction.Labels;
using Extractor.Model;
using Extractor.Records;

namespace Extractor.Extraction.Indicators;

/// <summary>One annotated quantity of the linking corpus: the words a linker reads and the code a reader gave it.</summary>
/// <param name="Code">The annotated indicator code; null where none of the vocabulary applies.</param>
internal sealed record CorpusQuantity(string Document, string Province, QuantityWords Words, string? Code)
{
    /// <summary>
    /// Whether the extraction reads this quantity. One it does not read keeps the annotated words (label, lead-in,
    /// evidence) for the misses to show, is not trained on, and is never given a code.
    /// </summary>
    public bool Read { get; init; } = true;

    /// <summary>The annotated row, by column (models/corpus/README.md).</summary>
    public IReadOnlyDictionary<string, string> Annotation { get; init; } = new Dictionary<string, string>();

    /// <summary>What the rules read of the quantity; null when they do not read it.</summary>
    public CorpusReading? Reading { get; init; }
}

/// <summary>
/// Where an annotation table's document is (models/corpus/README.md): its "# text:" line, relative to the repository
/// root (a seed, or a real file of ../shared/realworld), else the composed .txt beside the table.
/// </summary>
/// <param name="Composed">A report text composed for the corpus (its "#" lines and "[^N]" notes to be read as such).</param>
internal sealed record CorpusSource(string Province, string? Text, string Document, bool Composed)
{
    /// <summary>How a "# text:" line names a document outside the repository, which a machine may not have.</summary>
    public const string Shared = "../shared/";

    /// <exception cref="FormatException">The table has no "# province:" line.</exception>
    public static CorpusSource Of(string table, IReadOnlyList<string> lines, string root)
    {
        var province = Comment(lines, "province") ?? throw new FormatException($"{Path.GetFileName(table)}: no '# province:' line");
        var text = Comment(lines, "text");
        var document = text is null ? Path.ChangeExtension(table, ".txt") : Path.GetFullPath(Path.Combine(root, text));
        return new CorpusSource(province, text, document, text is null || text.StartsWith("models/corpus/", StringComparison.Ordinal));
    }

    private static string? Comment(IEnumerable<string> lines, string name) => lines
        .Where(l => l.StartsWith($"# {name}:", StringComparison.Ordinal))
        .Select(l => l[(name.Length + 3)..].Trim())
        .FirstOrDefault();
}

/// <summary>What the rules read of an annotated quantity, in the record's terms, to score against the annotation.</summary>
internal sealed record CorpusReading(
    decimal Value, string Unit, RecordKind Kind, decimal? PlanPercent, decimal? SamePeriodPercent, decimal? ChangePercent, decimal? Change, string Label)
{
    /// <summary>The words the label was chosen from (null for a table's figure): what the label model learns from and is scored on.</summary>
    public LabelWords? LabelWords { get; init; }
}

/// <summary>
/// Reads the annotated corpus of models/corpus (its README gives the format): every TSV, its province from its
/// "# province:" comment, each row as the words the extraction gives the linker for it at runtime. The row's document
/// (its "# text:" line) is read as reports are, the quantities its passages and tables state are read by the rules,
/// and the row takes the label, lead-in, clause, section titles and unit of the stated quantity at its place; the code
/// stays the annotated one. A row the rules do not read at all is kept with <see cref="CorpusQuantity.Read"/> false.
/// </summary>
internal static partial class LinkingCorpus
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <param name="skipped">Receives, for each table left out, why: its document lies outside the repository (../shared) and is absent.</param>
    /// <param name="unannotated">Receives each quantity the rules read that no row annotates ("document: raw"), a second percentage of plan annotated on its row aside.</param>
    /// <param name="labels">The model that chooses the labels the linker reads; null: the library's.</param>
    public static IReadOnlyList<CorpusQuantity> Read(string directory, ICollection<string>? skipped = null, ICollection<string>? unannotated = null, LabelModel? labels = null)
    {
        var root = Path.GetFullPath(Path.Combine(directory, "..", ".."));
        return [.. Directory.EnumerateFiles(directory, "*.tsv").Order(StringComparer.Ordinal).SelectMany(path => ReadFile(path, root, skipped, unannotated, labels))];
    }

    private static IEnumerable<CorpusQuantity> ReadFile(string path, string root, ICollection<string>? skipped, ICollection<string>? unannotated, LabelModel? labels)
    {
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        var (province, text, document, composed) = CorpusSource.Of(path, lines, root);
        if (!File.Exists(document))
        {
            if (text?.StartsWith(CorpusSource.Shared, StringComparison.Ordinal) != true)
            {
                throw new FileNotFoundException($"{name}: its document {text ?? Path.GetFileName(document)} is missing", document);
            }

            skipped?.Add($"{name}: its document {text} is not on this machine; its rows are left out");
            yield break;
        }

        var report = composed ? ReportFile.ReadText(ReportText(File.ReadAllLines(document)), document) : ReportFile.Read(document);
        var stated = Passages.Stated(report, labels).ToList();
        var rows = AnnotationTable.Read(lines, name).ToList();
        foreach (var row in rows)
        {
            var code = row.GetValueOrDefault("code", "");
            var gold = code.Length == 0 ? null : code;
            if (Take(stated, row["evidence"], row["raw"]) is var (q, passage))
            {
                yield return new CorpusQuantity(name, province, QuantityWords.Of(q, passage), gold)
                {
                    Annotation = row,
                    Reading = new CorpusReading(q.Value, q.Unit, IndicatorRecord.KindOf(q.Kind, q.Estimate), q.PlanPercent, q.SamePeriodPercent, q.ChangePercent, q.Change, q.Label)
                    {
                        LabelWords = q.LabelWords,
                    },
                };
            }
            else
            {
                yield return new CorpusQuantity(name, province,
                    new QuantityWords(row["label"], row.GetValueOrDefault("context", ""), row["evidence"], "", row.GetValueOrDefault("unit", "")), gold)
                { Read = false, Annotation = row };
            }
        }

        // The rules give a second percentage of plan a record of its own ("% KH"); the annotation keeps it on its row.
        var secondPlans = rows.Select(r => r.GetValueOrDefault("plan_pct_2", "")).Where(v => v.Length > 0)
            .Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var (q, _) in stated)
        {
            if (q.Unit == "% KH" && secondPlans.Remove(q.Value))
            {
                continue;
            }

            unannotated?.Add($"{name}: {q.Mention.Raw}");
        }
    }

    /// <summary>
    /// The stated quantity an annotated row is, removed from <paramref name="stated"/> so that no other row takes it: the
    /// one whose number starts (else stands) where the row's raw stands in the passage holding its evidence; for a
    /// table or evidence that no passage holds whole, one written as the raw whose clause holds the evidence or
    /// stands in it.
    /// </summary>
    private static (StatedQuantity Quantity, Passage Passage)? Take(List<(StatedQuantity Quantity, Passage Passage)> stated, string evidence, string raw)
    {
        int? At((StatedQuantity Quantity, Passage Passage) s) =>
            s.Passage.Text.IndexOf(evidence, StringComparison.Ordinal) is var at and >= 0 ? at + Math.Max(0, evidence.IndexOf(raw, StringComparison.Ordinal)) : null;

        var index = stated.FindIndex(s => At(s) == s.Quantity.Mention.Start);
        if (index < 0)
        {
            index = stated.FindIndex(s => At(s) is { } at && s.Quantity.Mention.Start <= at + raw.Length && at < s.Quantity.Mention.End);
        }

        if (index < 0)
        {
            var written = Squeezed(raw);
            index = stated.FindIndex(s => Squeezed(s.Quantity.Mention.Raw) == written
                && (s.Quantity.Evidence.Contains(evidence, StringComparison.Ordinal) || (s.Quantity.Evidence.Length >= 10 && evidence.Contains(s.Quantity.Evidence, StringComparison.Ordinal))));
        }

        if (index < 0)
        {
            return null;
        }

        var found = stated[index];
        stated.RemoveAt(index);
        return found;
    }

    private static string Squeezed(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A composed document as a report file would have it: its "#" comment lines dropped, its "[^N]" references
    /// written as superscript numbers and its "[^N]: text" notes as paragraphs opening with one, as the text reader knows them.
    /// </summary>
    private static string ReportText(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Where(l => !l.StartsWith('#')))
        {
            var note = NoteBody().Match(line);
            var body = note.Success ? $"\n{Superscript(note.Groups["n"].Value)} {line[note.Length..]}" : line;
            text.Append(NoteReference().Replace(body, m => Superscript(m.Groups["n"].Value))).Append('\n');
        }

        return text.ToString();
    }

    private static string Superscript(string digits) => string.Concat(digits.Select(d => Superscripts[d - '0']));

    [GeneratedRegex(@"^\[\^(?<n>\d+)\]:\s*")]
    private static partial Regex NoteBody();

    [GeneratedRegex(@"\[\^(?<n>\d+)\]")]
    private static partial Regex NoteReference();
}
