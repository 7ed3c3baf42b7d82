namespace Extractor.Store;

/// <summary>The SQLite schema, version 12.</summary>
/// <remarks>
/// Text search reads a Lucene index beside the file (<see cref="SearchIndex"/>), built from these
/// tables; <c>index_pending</c> and <c>index_pending_labels</c> name the reports and labels saved
/// (or deleted) here that the index has not yet committed, written in the same transaction as
/// the save, so the index can always catch up after a crash. The original text lives once, here,
/// and snippets are cut from it, so highlights land on the original text.
/// <c>*_key</c> columns hold folded names for filters. A record's report, place, province, year
/// and period are its report's (extraction copies them from the report's metadata), so they
/// are stored once, on the report. <c>series_reports</c> and <c>series_heads</c>
/// are derived at ingest, in the report's transaction: what a series needs of each report, and
/// the first record of each category and unit per report with what a series row shows (both
/// packed in one column, <see cref="SeriesHead"/>), which is what a series by category picks
/// from in one range scan. The end of a batch stores each category's whole-archive series as one packed table (<c>series_tables</c>).
/// A record's label (its indicator) is stored once per distinct text (<c>labels</c>), and indexed
/// once: a series by indicator finds the labels in the index, then their records in
/// one covering index (<c>records_label</c>) instead of looking up rows one by one.
/// A record's numbers are stored as decimal text (<see cref="StoredNumber"/>), which reads back
/// exactly; a value filter compares them cast to REAL.
/// A report is one document, whatever number of files it came in (<c>report_files</c>): the one it was
/// read from and its twins; <c>report_likeness</c> and <c>report_bands</c> are how a new file finds the
/// report it is a twin of (<see cref="DocumentLikeness"/>). The report's own <c>path</c> and <c>sha256</c>
/// are those of the file it was read from.
/// What a report page shows and a search does not need is stored too: where each paragraph's footnote
/// references sit (<c>footnote_refs</c>, packed as <see cref="PackedFootnoteRefs"/>) and what the reader
/// noticed (<c>report_diagnostics</c>). Schema 9 added both to schema 8 (<see cref="UpgradeFrom8"/>).
/// Schema 10 added a record's indicator columns (<see cref="UpgradeFrom9"/>): its canonical indicator
/// (code, name, confidence), its dimensions as written in the export (<c>crop=lúa; season=đông xuân</c>),
/// its kind (actual, estimate, target, plan) and its change in its unit. Schema 11 indexes the records
/// linked to an indicator (<see cref="UpgradeFrom10"/>), which a series of one indicator reads.
/// Schema 12 indexes the two foreign keys that had none (<see cref="UpgradeFrom11"/>): every child column of
/// a foreign key leads an index, or deleting a parent row scans the child table.
/// </remarks>
internal static class StoreSchema
{
    public const int Version = 12;

    /// <summary>What the reader noticed about a report, in the order it did: <see cref="Extractor.Model.Diagnostic.CodeName"/>, "info" or "warning", the message, the page.</summary>
    private const string ReportDiagnostics = """
        CREATE TABLE report_diagnostics(
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            code TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT NULL, page INTEGER,
            PRIMARY KEY (report_id, ordinal)) WITHOUT ROWID;
        """;

    /// <summary>Schema 8 to 9: the reports stored before have no footnote references or diagnostics until they are ingested again.</summary>
    public const string UpgradeFrom8 = $"""
        ALTER TABLE paragraphs ADD COLUMN footnote_refs TEXT;
        {ReportDiagnostics}
        """;

    /// <summary>
    /// Schema 9 to 10: the records stored before keep what they had; their kind is read from their estimate
    /// flag, and they have no dimensions or change until they are ingested again.
    /// </summary>
    public const string UpgradeFrom9 = """
        ALTER TABLE records ADD COLUMN change TEXT;
        ALTER TABLE records ADD COLUMN kind TEXT NOT NULL DEFAULT 'actual';
        ALTER TABLE records ADD COLUMN dimensions TEXT;
        ALTER TABLE records ADD COLUMN indicator_code TEXT;
        ALTER TABLE records ADD COLUMN indicator_name TEXT;
        ALTER TABLE records ADD COLUMN indicator_confidence REAL;
        UPDATE records SET kind = 'estimate' WHERE estimate = 1;
        """;

    /// <summary>Schema 10 to 11: the records linked to an indicator, by indicator.</summary>
    public const string UpgradeFrom10 = """
        CREATE INDEX records_indicator ON records(indicator_code, report_id) WHERE indicator_code IS NOT NULL;
        """;

    /// <summary>
    /// Schema 11 to 12: a section's paragraphs and subsections by section. Deleting a report deletes its sections,
    /// and SQLite looks for rows that still name each one; without these it read every paragraph of the archive
    /// per section (4.8 s to delete one report of 10,000).
    /// </summary>
    public const string UpgradeFrom11 = """
        CREATE INDEX paragraphs_section ON paragraphs(section_id);
        CREATE INDEX sections_parent ON sections(parent_id);
        """;

    public const string Create = $"""
        CREATE TABLE store_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE reports(
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT, number TEXT, date TEXT, issuer TEXT,
            place TEXT, place_key TEXT, province TEXT, province_key TEXT,
            period TEXT, period_key TEXT, year INTEGER, first_month INTEGER, last_month INTEGER,
            title TEXT,
            section_count INTEGER NOT NULL, paragraph_count INTEGER NOT NULL,
            footnote_count INTEGER NOT NULL, record_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE INDEX reports_path ON reports(path);
        -- How many reports a span of years holds: a search chooses how to read a filter's reports by it.
        CREATE INDEX reports_year ON reports(year);

        CREATE TABLE sections(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES sections(id),
            ordinal INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL, level INTEGER NOT NULL,
            path TEXT NOT NULL);
        CREATE INDEX sections_report ON sections(report_id);

        CREATE TABLE paragraphs(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES sections(id),
            ordinal INTEGER NOT NULL, source_index INTEGER NOT NULL, page INTEGER,
            text TEXT NOT NULL, footnote_refs TEXT);
        CREATE INDEX paragraphs_report ON paragraphs(report_id);

        CREATE TABLE footnotes(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            section TEXT NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX footnotes_report ON footnotes(report_id);
        {UpgradeFrom11}

        -- Labels of reports since deleted stay: a series finding one finds no records under it.
        CREATE TABLE labels(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);

        CREATE TABLE records(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            section TEXT NOT NULL, label_id INTEGER NOT NULL REFERENCES labels(id), category TEXT NOT NULL,
            value TEXT NOT NULL, unit TEXT NOT NULL, unit_key TEXT NOT NULL,
            plan_pct TEXT, yoy_pct TEXT,
            estimate INTEGER NOT NULL, cumulative INTEGER NOT NULL, approximate INTEGER NOT NULL,
            source TEXT NOT NULL, footnote INTEGER, raw TEXT NOT NULL, evidence TEXT NOT NULL,
            doubt TEXT, plan_value TEXT, change_pct TEXT, ocr_confidence REAL, page INTEGER,
            change TEXT, kind TEXT NOT NULL DEFAULT 'actual', dimensions TEXT,
            indicator_code TEXT, indicator_name TEXT, indicator_confidence REAL);
        CREATE INDEX records_report ON records(report_id, ordinal);
        -- Covering what a series reads of a record, so it never reads the rows themselves.
        CREATE INDEX records_category ON records(category, report_id, unit_key, value, label_id, unit);
        CREATE INDEX records_label ON records(label_id, report_id, unit_key, category, value, unit);
        {UpgradeFrom10}

        -- What a series reads, packed (SeriesKeys): of each report, and the first record of each
        -- category and unit per report. No foreign key on the heads: a cascade would scan the table;
        -- a report's heads are deleted by their keys.
        CREATE TABLE series_reports(
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            keys BLOB NOT NULL);
        CREATE TABLE series_heads(
            category TEXT NOT NULL, report_id INTEGER NOT NULL, heads BLOB NOT NULL,
            PRIMARY KEY (category, report_id)) WITHOUT ROWID;

        -- Each category's series of the whole archive, by period and by year, packed (SeriesTable) at
        -- the end of a batch; good while its generation is the store's (store_info 'generation',
        -- counted up by every report stored).
        CREATE TABLE series_tables(
            category TEXT NOT NULL, by_period INTEGER NOT NULL, generation INTEGER NOT NULL, rows BLOB NOT NULL,
            PRIMARY KEY (category, by_period)) WITHOUT ROWID;

        -- Reports and labels saved or deleted here that the search index has not committed yet (SearchIndex).
        CREATE TABLE index_pending(report_id INTEGER PRIMARY KEY);
        CREATE TABLE index_pending_labels(label_id INTEGER PRIMARY KEY);

        -- Every file of a report: the one it was read from (role 'read', the report's own path and sha256)
        -- and twins, the same document in other files ('twin'); format as FileReading names it.
        CREATE TABLE report_files(
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, role TEXT NOT NULL, format TEXT NOT NULL);
        CREATE INDEX report_files_report ON report_files(report_id);
        CREATE INDEX report_files_path ON report_files(path);

        -- How a new file finds the report it is a twin of (DocumentLikeness): the document key, and the
        -- body's MinHash signature (null for a body too short to compare) with one row per band key.
        CREATE TABLE report_likeness(
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            document_key TEXT, signature BLOB);
        CREATE INDEX report_likeness_key ON report_likeness(document_key) WHERE document_key IS NOT NULL;
        CREATE TABLE report_bands(
            band INTEGER NOT NULL,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE);
        CREATE INDEX report_bands_band ON report_bands(band);
        CREATE INDEX report_bands_report ON report_bands(report_id);

        {ReportDiagnostics}
        """;
}
