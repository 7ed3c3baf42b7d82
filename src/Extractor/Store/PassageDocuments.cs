using Extractor.Text;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Extractor.Store;

/// <summary>
/// The field names of the search index. A passage (body paragraph or footnote) is one document;
/// a record label is one document too, found by <see cref="SeriesReading"/>'s indicator search only.
/// Nothing is stored: snippets are cut from the text in SQLite.
/// </summary>
internal static class IndexFields
{
    /// <summary>
    /// The report row id as a term, on every document of the report: it deletes them, and its postings say where the
    /// report's block lies (a report's documents are added as one block and stay together; <see cref="ReportBlocks"/>).
    /// </summary>
    public const string Report = "report";

    /// <summary>
    /// Doc values: the categories of the passage's records, which the facets count. A passage has no other value: it is
    /// known by its place in its report's block (<see cref="PassageDocuments.Of"/>), and its report's year and names are
    /// the report's row (<see cref="ReportBlocks"/>).
    /// </summary>
    public const string CategoryValues = "category_dv";

    /// <summary>The passage's words folded, then the labels of its records that name words it lacks; the passage with diacritics (<c>--exact</c>); report and section titles above it.</summary>
    public const string Text = "text";
    public const string Exact = "exact";
    public const string Heading = "heading";

    /// <summary>A label document: the label row id as a term and a value, and its words folded.</summary>
    public const string LabelId = "label";
    public const string LabelValue = "label_dv";
    public const string LabelText = "label_text";
}

/// <summary>
/// Builds the index documents of one report from its rows in SQLite (so an index rebuilt from
/// the database equals one built at ingest): a document per paragraph, footnote and title, with the
/// report's id, the titles above it, and the labels and categories of the records read from it.
/// </summary>
internal sealed class PassageDocuments(StoreConnection store)
{
    /// <summary>Positions kept: phrases and proximity need them.</summary>
    private static readonly FieldType Words = Frozen(new FieldType(TextField.TYPE_NOT_STORED));

    /// <summary>
    /// The words with diacritics only say which passages hold them (no counts, positions or
    /// length): an exact search matches on them, and the folded words of <see cref="IndexFields.Text"/>
    /// score it and hold its phrases together (their counts and positions were 6% of the index).
    /// </summary>
    private static readonly FieldType ExactWords = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    /// <summary>Titles are matched and weigh a passage up by their words alone: no counts, no positions, no length norm (the smallest postings).</summary>
    private static readonly FieldType Titles = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    /// <summary>A title's words weigh this much more than a paragraph's (kept in the length norm, at index time).</summary>
    private const float TitleBoost = 2f;

    private sealed record ReportRow(long Id, string Title);

    private sealed record SectionRow(long? Parent, string Title, string Path);

    private sealed record RecordRow(string Source, int? Footnote, string Section, string Evidence, string Label, string Category);

    /// <summary>The report's documents; none when the report is not (or no longer) stored.</summary>
    public IReadOnlyList<Document> Of(long reportId)
    {
        if (ReadReport(reportId) is not { } report)
        {
            return [];
        }

        var sections = ReadSections(reportId);
        var byPath = sections.GroupBy(s => s.Value.Path).ToDictionary(g => g.Key, g => g.First().Key);
        var paragraphs = store.Rows("SELECT id, section_id, text FROM paragraphs WHERE report_id = $p0 ORDER BY id",
            r => (Id: r.GetInt64(0), Section: r.IsDBNull(1) ? (long?)null : r.GetInt64(1), Text: r.GetString(2)), reportId);
        var footnotes = store.Rows("SELECT id, number, section, text FROM footnotes WHERE report_id = $p0 ORDER BY id",
            r => (Id: r.GetInt64(0), Number: r.GetInt32(1), Section: byPath.TryGetValue(r.GetString(2), out var s) ? s : (long?)null, Text: r.GetString(3)), reportId);
        var records = store.Rows(
            "SELECT rec.source, rec.footnote, rec.section, rec.evidence, l.text, rec.category FROM records rec JOIN labels l ON l.id = rec.label_id WHERE rec.report_id = $p0 ORDER BY rec.ordinal",
            r => new RecordRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)), reportId);

        var bodyRecords = new Dictionary<long, List<RecordRow>>();
        var noteRecords = new Dictionary<int, List<RecordRow>>();
        foreach (var record in records)
        {
            if (record.Footnote is { } number && record.Source == "footnote")
            {
                Add(noteRecords, number, record);
            }
            else if (ParagraphOf(record, paragraphs, sections) is { } paragraph)
            {
                Add(bodyRecords, paragraph, record);
            }
        }

        // The order a hit's passage is found again in (PassageSearch.Place): paragraphs, footnotes, the report's title,
        // sections, each by id (paragraphs are written in reading order). Titles are passages of their own, so words that
        // only a title holds together find its report.
        var documents = new List<Document>(paragraphs.Count + footnotes.Count + sections.Count + 1);
        documents.AddRange(paragraphs.Select(p => Passage(report, PassageKind.Body, p.Text, Heading(report, p.Section, sections), bodyRecords.GetValueOrDefault(p.Id))));
        documents.AddRange(footnotes.Select(f => Passage(report, PassageKind.Footnote, f.Text, Heading(report, f.Section, sections), noteRecords.GetValueOrDefault(f.Number))));
        documents.Add(Passage(report, PassageKind.Title, report.Title, "", null));
        documents.AddRange(sections.OrderBy(s => s.Key).Select(s => Passage(report, PassageKind.Title, s.Value.Title, Heading(report, s.Value.Parent, sections), null)));
        return documents;
    }

    /// <summary>A label's document, found by a series that names an indicator.</summary>
    public static Document Label(long id, string text) =>
    [
        new StringField(IndexFields.LabelId, Key(id), Field.Store.NO),
        new NumericDocValuesField(IndexFields.LabelValue, id),
        new Field(IndexFields.LabelText, text, Words),
    ];

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Document Passage(ReportRow report, PassageKind kind, string text, string heading, List<RecordRow>? records)
    {
        var document = new Document
        {
            new StringField(IndexFields.Report, Key(report.Id), Field.Store.NO),
            new Field(IndexFields.Text, text, Words) { Boost = kind == PassageKind.Title ? TitleBoost : 1 },
            new Field(IndexFields.Exact, text, ExactWords),
            new Field(IndexFields.Heading, heading, Titles),
        };
        if (records is not null)
        {
            // A label naming what the passage does not say (a lead-in, a table header) is more text of it: its words find the
            // passage with one posting list a word. Most labels are the passage's own words and would only double them.
            var said = VietnameseFold.FoldedWords(text).ToHashSet(StringComparer.Ordinal);
            foreach (var label in records.Select(r => r.Label).Distinct(StringComparer.Ordinal).Where(l => !VietnameseFold.FoldedWords(l).All(said.Contains)))
            {
                document.Add(new Field(IndexFields.Text, label, Words));
            }

            foreach (var category in records.Select(r => r.Category).Distinct(StringComparer.Ordinal))
            {
                document.Add(new SortedSetDocValuesField(IndexFields.CategoryValues, new BytesRef(category)));
            }
        }

        return document;
    }

    /// <summary>The report's title and the titles of the sections from the root down to <paramref name="section"/>.</summary>
    private static string Heading(ReportRow report, long? section, Dictionary<long, SectionRow> sections)
    {
        var titles = new List<string>();
        for (var at = section; at is { } id && sections.TryGetValue(id, out var row); at = row.Parent)
        {
            titles.Add(row.Title);
        }

        titles.Add(report.Title);
        titles.Reverse();
        return string.Join(" . ", titles);
    }

    /// <summary>
    /// The paragraph a body or table record was read from: the first of its section whose text
    /// holds the record's clause (a clause may be trimmed, so any paragraph holding it will do).
    /// </summary>
    private static long? ParagraphOf(RecordRow record, IReadOnlyList<(long Id, long? Section, string Text)> paragraphs, Dictionary<long, SectionRow> sections)
    {
        long? anywhere = null;
        foreach (var p in paragraphs)
        {
            if (!p.Text.Contains(record.Evidence, StringComparison.Ordinal))
            {
                continue;
            }

            var path = p.Section is { } s && sections.TryGetValue(s, out var row) ? row.Path : "";
            if (path == record.Section)
            {
                return p.Id;
            }

            anywhere ??= p.Id;
        }

        return anywhere;
    }

    private static void Add<TKey>(Dictionary<TKey, List<RecordRow>> map, TKey key, RecordRow record)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(record);
    }

    private ReportRow? ReadReport(long reportId) =>
        store.Rows("SELECT id, coalesce(title, '') FROM reports WHERE id = $p0", r => new ReportRow(r.GetInt64(0), r.GetString(1)), reportId).FirstOrDefault();

    private Dictionary<long, SectionRow> ReadSections(long reportId) =>
        store.Rows("SELECT id, parent_id, title, path FROM sections WHERE report_id = $p0",
            r => (Id: r.GetInt64(0), Row: new SectionRow(r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3))), reportId)
        .ToDictionary(s => s.Id, s => s.Row);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
