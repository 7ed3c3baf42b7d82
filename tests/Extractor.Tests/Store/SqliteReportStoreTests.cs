using Extractor.Model;
using Extractor.Records;
using Extractor.Store;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>What is particular to the SQLite store: its file, its schema version, its tables and its index.</summary>
public sealed class SqliteReportStoreTests
{
    [Test]
    public void A_report_is_read_back_while_an_ingest_holds_the_write_lock()
    {
        var database = StoreFixtures.NewDatabase();
        StoreFixtures.SmallStore(database).Dispose();
        using var reader = ReportStores.Open(database);
        var id = reader.ReportId("van-quan-2024.docx")!.Value;
        using var writer = new SqliteConnection($"Data Source={database}");
        writer.Open();
        using var writing = writer.BeginTransaction();
        using (var insert = writer.CreateCommand())
        {
            insert.CommandText = "INSERT INTO store_info(key, value) VALUES ('writing', '1')";
            insert.ExecuteNonQuery();
        }

        // A page reads in a snapshot: it neither waits for the writer nor takes the write lock itself.
        Assert.That(reader.Report(id)!.Footnotes.Single().Text, Is.EqualTo("Trong đó thu tiền sử dụng đất 4.728 triệu đồng."));
        Assert.That(reader.Archive().Reports, Is.EqualTo(4));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_store_open_for_reading_finds_what_another_store_committed_since_its_last_search(bool folderLongStill)
    {
        var database = StoreFixtures.NewDatabase();
        StoreFixtures.SmallStore(database).Dispose();
        if (folderLongStill)
        {
            // As the index folder stands after minutes without a commit: its time too old to be doubted, so a search
            // does not list its files again until a commit changes it.
            Directory.SetLastWriteTimeUtc(Path.ChangeExtension(database, ".lucene"), DateTime.UtcNow.AddMinutes(-5));
        }

        using var reader = ReportStores.Open(database);
        var query = new SearchQuery("\"kè chống sạt lở\"", ReportFilter.None);
        Assert.That(reader.Search(query).Hits, Is.Empty);
        Assert.That(reader.Search(query).Hits, Is.Empty, "searched again with nothing committed between");

        var added = StoreFixtures.Report("kè.docx", StoreFixtures.HuuLung, "Lạng Sơn", 2025, "năm 2025", 1, 12, [("I", ["Hoàn thành 2 km kè chống sạt lở bờ sông."])]);
        using (var writer = ReportStores.Open(database))
        {
            Assert.That(writer.Save(StoreFixtures.Stored(added), replace: false), Is.EqualTo(SaveOutcome.Ingested));
        }

        Assert.That(reader.Search(query).Hits.Select(h => h.Report), Is.EqualTo(new[] { "kè.docx" }));
    }

    [Test]
    public void Opening_something_else_is_a_clear_error()
    {
        var dir = TestFiles.TempDirectory();
        Assert.That(() => SqliteReportStore.Open(Path.Combine(dir, "missing.db")),
            Throws.TypeOf<StoreException>().With.Message.EqualTo("missing.db: database not found (run 'extractor ingest' first)"));
        var text = Path.Combine(dir, "notes.db");
        File.WriteAllText(text, new string('x', 5000));
        Assert.That(() => SqliteReportStore.Open(text), Throws.TypeOf<StoreException>().With.Message.StartsWith("notes.db: cannot be used as a database"));
    }

    [TestCase(1)]
    [TestCase(7)]
    public void A_database_of_a_schema_before_8_asks_for_a_new_ingest(int schema)
    {
        var path = StoreFixtures.NewDatabase();
        SqliteReportStore.Open(path, create: true).Dispose();
        Execute(path, $"UPDATE store_info SET value = '{schema}' WHERE key = 'schema'");

        Assert.That(() => SqliteReportStore.Open(path), Throws.TypeOf<StoreException>().With.Message.EqualTo(
            $"reports.db: written by an older Extractor (schema {schema}; this one reads 12): ingest the reports again into a new database"));
    }

    [Test]
    public void A_database_of_schema_8_is_upgraded_in_place_and_keeps_its_reports()
    {
        var (path, before) = SmallStoreHits();

        // Schema 8's shape: schema 9's, and no footnote references on paragraphs, no diagnostics.
        Execute(path, Schema9 + "DROP TABLE report_diagnostics; ALTER TABLE paragraphs DROP COLUMN footnote_refs; UPDATE store_info SET value = '8' WHERE key = 'schema'");
        Assert.That(Texts(path, "SELECT name FROM pragma_table_info('paragraphs')"), Does.Not.Contain("footnote_refs"));

        var report = StoreFixtures.Report("b.docx", StoreFixtures.HuuLung, "Bắc Giang", 2025, "năm 2025", 1, 12, [], "Số liệu ước tính.") with
        {
            Sections = [new Section("I", "Ngân sách", 1, [new Paragraph("Thu ngân sách đạt 5 triệu đồng, chi 3 triệu đồng.", [new(1, 17), new(2, 47)], [], new(0))], [], [])],
            Diagnostics =
            [
                new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.LegacyEncodingDecoded, "decoded 12 run(s) from TCVN3"),
                new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.NeedsOcr, "page 2: no text layer, needs OCR") { Page = 2 },
            ],
        };
        using (var store = SqliteReportStore.Open(path))
        {
            Assert.That(Hits(store), Is.EqualTo(before), "the reports stored before are searched as before");
            Assert.That(store.Save(StoreFixtures.Stored(report), replace: false), Is.EqualTo(SaveOutcome.Ingested));
        }

        Assert.That(Texts(path, "SELECT value FROM store_info WHERE key = 'schema'"), Is.EqualTo(new[] { "12" }));
        Assert.That(Texts(path, "SELECT name FROM pragma_table_info('records')"), Does.Contain("dimensions"), "upgraded through 9 to 10");
        Assert.That(Texts(path, "SELECT coalesce(p.footnote_refs, '-') FROM paragraphs p JOIN reports r ON r.id = p.report_id WHERE r.name = 'b.docx'"),
            Is.EqualTo(new[] { "1@17,2@47" }));
        Assert.That(Texts(path, "SELECT DISTINCT coalesce(footnote_refs, '-') FROM paragraphs p JOIN reports r ON r.id = p.report_id WHERE r.name <> 'b.docx'"),
            Is.EqualTo(new[] { "-" }), "the reports stored before the upgrade have none until they are ingested again");
        Assert.That(Texts(path, "SELECT code || ' ' || level || ' ' || coalesce(page, '-') || ' ' || message FROM report_diagnostics ORDER BY ordinal"), Is.EqualTo(new[]
        {
            "legacy_encoding_decoded info - decoded 12 run(s) from TCVN3",
            "needs_ocr warning 2 page 2: no text layer, needs OCR",
        }));
        using (SqliteReportStore.Open(path))
        {
        }

        Assert.That(Texts(path, "SELECT value FROM store_info WHERE key = 'schema'"), Is.EqualTo(new[] { "12" }), "opened again: nothing more to upgrade");
    }

    /// <summary>Schema 11's shape from schema 12's: no index of paragraphs and sections by section.</summary>
    private const string Schema11 = """
        DROP INDEX paragraphs_section;
        DROP INDEX sections_parent;
        UPDATE store_info SET value = '11' WHERE key = 'schema';
        """;

    /// <summary>Schema 10's shape from schema 12's: no index of the records by indicator.</summary>
    private const string Schema10 = $"""
        {Schema11}
        DROP INDEX records_indicator;
        UPDATE store_info SET value = '10' WHERE key = 'schema';
        """;

    /// <summary>Schema 9's shape from schema 12's: no change, kind, dimensions or linked indicator on records.</summary>
    private const string Schema9 = $"""
        {Schema10}
        ALTER TABLE records DROP COLUMN change; ALTER TABLE records DROP COLUMN kind; ALTER TABLE records DROP COLUMN dimensions;
        ALTER TABLE records DROP COLUMN indicator_code; ALTER TABLE records DROP COLUMN indicator_name; ALTER TABLE records DROP COLUMN indicator_confidence;
        UPDATE store_info SET value = '9' WHERE key = 'schema';
        """;

    /// <summary>The child columns of foreign keys that no index starts with (nor are the table's rowid), as table.column.</summary>
    private const string UnindexedForeignKeys = """
        SELECT t.name || '.' || f."from" FROM sqlite_master t, pragma_foreign_key_list(t.name) f
        WHERE t.type = 'table'
        AND NOT EXISTS (SELECT 1 FROM pragma_index_list(t.name) i, pragma_index_info(i.name) c WHERE c.seqno = 0 AND c.name = f."from")
        AND NOT EXISTS (SELECT 1 FROM pragma_table_info(t.name) p WHERE p.name = f."from" AND p.pk = 1 AND upper(p.type) = 'INTEGER'
            AND (SELECT count(*) FROM pragma_table_info(t.name) WHERE pk > 0) = 1)
        ORDER BY 1
        """;

    [Test]
    public void Every_foreign_key_of_the_schema_leads_an_index_so_that_deleting_a_report_reads_no_whole_table()
    {
        var (path, _) = SmallStoreHits();
        var unindexed = Texts(path, UnindexedForeignKeys);
        Assert.That(unindexed, Is.Empty);

        // Schema 11 lacked two: a delete then read every paragraph and section of the archive once per section deleted.
        Execute(path, Schema11);
        Assert.That(Texts(path, UnindexedForeignKeys), Is.EqualTo(new[] { "paragraphs.section_id", "sections.parent_id" }));
    }

    [Test]
    public void A_database_of_schema_11_is_upgraded_in_place_with_paragraphs_and_sections_indexed_by_section()
    {
        var (path, before) = SmallStoreHits();
        Execute(path, Schema11);

        using (var store = SqliteReportStore.Open(path))
        {
            Assert.That(Hits(store), Is.EqualTo(before));
        }

        Assert.That(Texts(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('paragraphs_section', 'sections_parent') ORDER BY name"),
            Is.EqualTo(new[] { "paragraphs_section", "sections_parent" }));
        Assert.That(Texts(path, "SELECT value FROM store_info WHERE key = 'schema'"), Is.EqualTo(new[] { "12" }));
    }

    [Test]
    public void A_database_of_schema_10_is_upgraded_in_place_with_its_records_indexed_by_indicator()
    {
        var (path, _) = SmallStoreHits();
        Execute(path, Schema10);
        Assert.That(Texts(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'records_indicator'"), Is.Empty);

        using (var store = SqliteReportStore.Open(path))
        {
            Assert.That(store.Records(ReportFilter.None), Is.Not.Empty);
        }

        Assert.That(Texts(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'records_indicator'"), Is.EqualTo(new[] { "records_indicator" }));
        Assert.That(Texts(path, "SELECT value FROM store_info WHERE key = 'schema'"), Is.EqualTo(new[] { "12" }));
    }

    [Test]
    public void A_database_of_schema_9_is_upgraded_in_place_and_its_records_read_with_a_kind()
    {
        var (path, _) = SmallStoreHits();
        var estimated = StoreFixtures.Report("e.docx", StoreFixtures.HuuLung, "Lạng Sơn", 2023, "năm 2023", 1, 12, [("I", ["Ước thu ngân sách 9 triệu đồng."])]);
        IReadOnlyList<string> before;
        using (var store = SqliteReportStore.Open(path))
        {
            store.Save(StoreFixtures.Stored(estimated, StoreFixtures.Record(estimated, "thu ngân sách", "budget_revenue", 9, "triệu đồng") with { Estimate = true }), replace: false);
            before = Hits(store);
        }

        Execute(path, Schema9);
        Assert.That(Texts(path, "SELECT name FROM pragma_table_info('records')"), Does.Not.Contain("kind"));

        var planned = StoreFixtures.Report("p.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2025, "năm 2025", 1, 12, [("I", ["Dự toán tỉnh giao 30.000 triệu đồng."])]);
        var plan = StoreFixtures.Record(planned, "Dự toán tỉnh giao", "budget_revenue", 30000, "triệu đồng") with
        {
            Kind = RecordKind.Plan, Change = -629.5m, ChangePercent = 7.53m, Dimensions = RecordDimensions.Parse("budget_level=tỉnh giao; scope=toàn huyện"),
            IndicatorCode = "NS.THU", IndicatorName = "Thu ngân sách nhà nước trên địa bàn", IndicatorConfidence = 0.91,
        };
        using (var store = SqliteReportStore.Open(path))
        {
            Assert.That(Hits(store), Is.EqualTo(before), "the reports stored before are searched as before");
            var old = store.Records(ReportFilter.None).ToList();
            Assert.That(old.Select(r => (r.Report, r.Value, r.Kind, r.Estimate, r.Dimensions.Count, r.Change, r.IndicatorCode)), Does.Contain(("e.docx", 9m, RecordKind.Estimate, true, 0, (decimal?)null, (string?)null)));
            Assert.That(old.Where(r => r.Report != "e.docx").Select(r => r.Kind).Distinct(), Is.EqualTo(new[] { RecordKind.Actual }), "an old record's kind is read from its estimate flag");
            Assert.That(store.Save(StoreFixtures.Stored(planned, plan), replace: false), Is.EqualTo(SaveOutcome.Ingested));
            Assert.That(store.Records(ReportFilter.None).Single(r => r.Report == "p.docx"), Is.EqualTo(plan), "every new field read back as saved");
        }

        Assert.That(Texts(path, "SELECT value FROM store_info WHERE key = 'schema'"), Is.EqualTo(new[] { "12" }));
        Assert.That(Texts(path, "SELECT kind || ' ' || coalesce(dimensions, '-') || ' ' || coalesce(change, '-') FROM records r JOIN reports p ON p.id = r.report_id WHERE p.name IN ('e.docx', 'p.docx') ORDER BY p.name"),
            Is.EqualTo(new[] { "estimate - -", "plan budget_level=tỉnh giao; scope=toàn huyện -629.5" }));
    }

    [Test]
    public void Replacing_a_report_leaves_none_of_its_rows_behind()
    {
        var path = StoreFixtures.NewDatabase();
        var report = StoreFixtures.Report("a.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách."])]);
        var stored = StoreFixtures.Stored(report,
            StoreFixtures.Record(report, "thu ngân sách", "budget_revenue", 5, "triệu đồng"),
            StoreFixtures.Record(report, "diện tích lúa", "crop_area", 7, "ha"));
        using (var store = SqliteReportStore.Open(path, create: true))
        {
            store.Save(stored, replace: false);
            store.Save(stored, replace: true);
            Assert.That(store.Series(new SeriesQuery("crop_area", null, ReportFilter.None)).Single().Value, Is.EqualTo(7m));
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM series_heads), (SELECT count(*) FROM series_reports), (SELECT count(*) FROM paragraphs),
                (SELECT count(*) FROM labels), (SELECT count(*) FROM index_pending)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)), Is.EqualTo((2, 2, 1, 1, 2, 0)));
        using var index = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(SearchIndex.FolderOf(path)));
        Assert.That(index.NumDocs, Is.EqualTo(5), "the index holds the paragraph, the report's and the section's title and the two labels once");
    }

    [Test]
    public void Sqlite_errors_come_out_as_one_line_naming_the_file()
    {
        var path = StoreFixtures.NewDatabase();
        using var store = StoreFixtures.SmallStore(path);
        Execute(path, "DROP TABLE series_tables");
        Assert.That(() => store.FinishBatch(), Throws.TypeOf<StoreException>().With.Message.EqualTo("reports.db: SQLite Error 1: 'no such table: series_tables'."));
        Assert.That(() => store.Records(ReportFilter.None).ToList(), Throws.Nothing, "the rest of the store still reads");
    }

    [Test]
    public void The_end_of_a_batch_stores_two_series_tables_per_category_under_the_stores_generation()
    {
        var path = StoreFixtures.NewDatabase();
        using var store = StoreFixtures.SmallStore(path);
        Assert.That(SeriesTables(path), Is.EqualTo((Current: 4L, Generation: -1L)), "none before the end of a batch");
        store.FinishBatch();
        Assert.That(SeriesTables(path), Is.EqualTo((Current: 4L, Generation: 4L)));

        var later = StoreFixtures.Report("van-quan-2025.docx", StoreFixtures.VanQuan, "Lạng Sơn", 2025, "năm 2025", 1, 12, []);
        store.Save(StoreFixtures.Stored(later, StoreFixtures.Record(later, "diện tích lúa", "crop_area", 3200m, "ha")), replace: false);
        store.FinishBatch();
        Assert.That(SeriesTables(path), Is.EqualTo((Current: 5L, Generation: 5L)), "stored again after another report");
    }

    /// <summary>
    /// The store's generation, and the generation of the series tables when there are two per
    /// category of the heads (by period and by year); -1 otherwise.
    /// </summary>
    private static (long Current, long Generation) SeriesTables(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT CAST(value AS INTEGER) FROM store_info WHERE key = 'generation'),
                CASE WHEN count(*) = 2 * (SELECT count(DISTINCT category) FROM series_heads) AND min(generation) = max(generation)
                    THEN min(generation) ELSE -1 END
            FROM series_tables
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    [Test]
    public void A_page_short_of_a_report_gone_from_the_database_is_filled_from_past_the_best_reports()
    {
        var database = StoreFixtures.NewDatabase();
        using var store = StoreFixtures.Archive(ReportStores.Open(database, create: true));
        // 288 reports match: a page from the 39th is chosen among the best 43, the rest ranked only when read.
        var query = new SearchQuery("thu ngan sach", ReportFilter.None, Limit: 5, Offset: 38);
        var page = store.Search(query).Hits;
        var best = store.Search(query with { Limit = 43, Offset = 0 }).Hits.Select(h => h.ReportId).ToHashSet();
        Assert.That(page, Has.Count.EqualTo(5));

        // Gone from the database while the index reader still holds it (as between a delete and the index's next commit).
        Execute(database, $"PRAGMA foreign_keys = OFF; DELETE FROM reports WHERE id = {page[0].ReportId}");
        var after = store.Search(query).Hits;

        Assert.That(after.Take(4).Select(h => h.ReportId), Is.EqualTo(page.Skip(1).Select(h => h.ReportId)));
        Assert.That(after, Has.Count.EqualTo(5));
        Assert.That(best, Does.Not.Contain(after[4].ReportId), "the fifth hit comes from past the best 43");
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Test]
    public void A_missing_or_unreadable_index_is_rebuilt_from_the_database_with_a_notice()
    {
        var (path, before) = SmallStoreHits();
        Directory.Delete(SearchIndex.FolderOf(path), recursive: true);
        var notices = new List<string>();
        using (var store = ReportStores.Open(path, notice: notices.Add))
        {
            Assert.That(Hits(store), Is.EqualTo(before));
        }

        Assert.That(notices, Is.EqualTo(new[] { "reports.lucene: search index missing; rebuilding it from reports.db" }));
        foreach (var file in Directory.GetFiles(SearchIndex.FolderOf(path)))
        {
            File.WriteAllBytes(file, [.. Enumerable.Repeat((byte)0x5a, 64)]);
        }

        notices.Clear();
        using (var store = ReportStores.Open(path, notice: notices.Add))
        {
            Assert.That(Hits(store), Is.EqualTo(before));
        }

        Assert.That(notices, Has.Count.EqualTo(1).And.Some.StartsWith("reports.lucene: search index unreadable ("));
    }

    [Test]
    public void An_index_laid_out_by_an_older_version_is_rebuilt_with_a_notice()
    {
        var (path, before) = SmallStoreHits();

        // What an older version left: its documents, and no layout in the commit.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(SearchIndex.FolderOf(path)))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.SetCommitData(new Dictionary<string, string>());
            writer.Commit();
        }

        var notices = new List<string>();
        using (var store = ReportStores.Open(path, notice: notices.Add))
        {
            Assert.That(Hits(store), Is.EqualTo(before));
        }

        Assert.That(notices, Is.EqualTo(new[] { "reports.lucene: search index laid out by an older version; rebuilding it from reports.db" }));
        notices.Clear();
        using (var store = ReportStores.Open(path, notice: notices.Add))
        {
            Assert.That(Hits(store), Is.EqualTo(before));
        }

        Assert.That(notices, Is.Empty, "rebuilt once");
    }

    /// <summary>A new database with the small store's reports, and what a search finds in it (never nothing).</summary>
    private static (string Path, IReadOnlyList<string> Hits) SmallStoreHits()
    {
        var path = StoreFixtures.NewDatabase();
        using var store = StoreFixtures.SmallStore(path);
        var hits = Hits(store);
        Assert.That(hits, Is.Not.Empty);
        return (path, hits);
    }

    [Test]
    public void What_the_index_did_not_commit_is_replayed_on_open_and_twice_is_harmless()
    {
        var path = StoreFixtures.NewDatabase();
        IReadOnlyList<string> before;
        using (var store = StoreFixtures.SmallStore(path))
        {
            before = Hits(store);
        }

        // As a killed ingest leaves it: reports saved and marked, the index without them.
        Execute(path, "INSERT INTO index_pending(report_id) SELECT id FROM reports");
        using (var writer = new Lucene.Net.Index.IndexWriter(Lucene.Net.Store.FSDirectory.Open(SearchIndex.FolderOf(path)),
            new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, FoldedWordAnalyzer.Instance)))
        {
            writer.DeleteDocuments(new Lucene.Net.Search.TermRangeQuery(IndexFields.Report, null, null, true, true));
        }

        using (var store = ReportStores.Open(path))
        {
            Assert.That(Hits(store), Is.EqualTo(before));
        }

        Execute(path, "INSERT INTO index_pending(report_id) SELECT id FROM reports");
        using (var store = ReportStores.Open(path))
        {
            Assert.That(Hits(store), Is.EqualTo(before), "replayed again over an index that had them: no duplicates");
        }

        Assert.That(Count(path, "SELECT count(*) FROM index_pending"), Is.Zero);
    }

    [Test]
    public void Reindexing_gives_the_same_hits()
    {
        using var store = StoreFixtures.SmallStore();
        var before = Hits(store);
        Assert.That(store.Reindex(), Is.EqualTo(store.Reports().Count));
        Assert.That(Hits(store), Is.EqualTo(before));
    }

    private static List<string> Hits(IReportStore store) =>
        [.. new[] { "ngan sach", "lua", "\"hoa giai\"", "dong" }.SelectMany(q => store.Search(new SearchQuery(q, ReportFilter.None)).Hits
            .Select(h => $"{q}: {h.Report} {h.Source} {h.Matches} {h.Snippet.Format()}"))];

    /// <summary>The first column of each row, as text.</summary>
    private static List<string> Texts(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
