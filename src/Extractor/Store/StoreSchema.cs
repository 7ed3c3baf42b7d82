namespace Extractor.Store;

/// <summary>The SQLite schema, version 1.</summary>
/// <remarks>
/// Every searchable text (body paragraph, footnote, record label) is a passage; the FTS5 table
/// indexes each passage twice, folded (the default search) and exact (diacritics kept, tone
/// placement canonical). The index is contentless: the original text lives once, in its own
/// table, and snippets are cut from it by our code, not by FTS5's snippet(), so highlights
/// land on the original text. <c>*_key</c> columns hold folded names for filters.
/// </remarks>
internal static class StoreSchema
{
    public const int Version = 1;

    public const string Create = """
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
            text TEXT NOT NULL);
        CREATE INDEX paragraphs_report ON paragraphs(report_id);

        CREATE TABLE footnotes(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX footnotes_report ON footnotes(report_id);

        CREATE TABLE records(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            report TEXT NOT NULL,
            place TEXT, place_key TEXT, province TEXT, province_key TEXT,
            year INTEGER, period TEXT, period_key TEXT,
            section TEXT NOT NULL, indicator TEXT NOT NULL, category TEXT NOT NULL,
            value REAL NOT NULL, unit TEXT NOT NULL, unit_key TEXT NOT NULL,
            plan_pct REAL, yoy_pct REAL,
            estimate INTEGER NOT NULL, cumulative INTEGER NOT NULL, approximate INTEGER NOT NULL,
            source TEXT NOT NULL, footnote INTEGER, raw TEXT NOT NULL, evidence TEXT NOT NULL,
            doubt TEXT, plan_value REAL, change_pct REAL);
        CREATE INDEX records_report ON records(report_id, ordinal);
        CREATE INDEX records_category ON records(category, report_id, unit_key, ordinal);

        -- kind: 0 body paragraph, 1 footnote, 2 record label; item_id: the row in its table.
        CREATE TABLE passages(
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            kind INTEGER NOT NULL, item_id INTEGER NOT NULL,
            section TEXT NOT NULL);
        CREATE INDEX passages_report ON passages(report_id);

        CREATE VIRTUAL TABLE passage_index USING fts5(
            folded, exact,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 0');
        """;
}
