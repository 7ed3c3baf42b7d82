using System.Globalization;
using Extractor.Model;
using Extractor.Records;
using Extractor.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// Inserts one report's rows inside the caller's transaction: the report row with its counts,
/// then sections, paragraphs, footnotes, diagnostics, records, then the report's series heads and series keys;
/// a label seen for the first time is marked for the search index. Each statement is prepared once
/// per report and run for every row (<see cref="RowStatements"/>).
/// </summary>
internal sealed class ReportWriter(SqliteConnection connection) : IDisposable
{
    private readonly RowStatements _statements = new(connection);

    private readonly Dictionary<string, long> _labels = new(StringComparer.Ordinal);

    /// <param name="row">The row to write it under (a report read again keeps its id); a new row when null.</param>
    /// <returns>The report's row.</returns>
    public long Write(StoredReport stored, long? row = null)
    {
        var report = stored.Report;
        var m = report.Metadata;
        var sections = report.AllSections().ToList();
        var paragraphCount = report.Preamble.Count + sections.Sum(s => s.Paragraphs.Count);
        var name = System.IO.Path.GetFileName(stored.Path);
        var placeName = m.Place?.ToString();
        var date = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reportId = Insert(
            """
            INSERT INTO reports(id, sha256, path, name, type, number, date, issuer, place, place_key, province, province_key,
                period, period_key, year, first_month, last_month, title,
                section_count, paragraph_count, footnote_count, record_count, ingested_at)
            VALUES ($p22, $p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21)
            """,
            stored.Sha256, stored.Path, name, m.Type, m.Number, date, m.Issuer,
            placeName, FilterSql.Key(placeName), m.Province, FilterSql.Key(m.Province),
            m.Period?.Label, FilterSql.Key(m.Period?.Label), m.Year, m.Period?.FirstMonth, m.Period?.LastMonth, m.Title,
            sections.Count, paragraphCount, report.Footnotes.Count, stored.Records.Count,
            DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), row);

        // A footnote belongs to the section of the first paragraph that refers to it.
        var footnoteSections = new Dictionary<int, string>();
        var ordinal = 0;
        WriteParagraphs(reportId, null, "", report.Preamble, footnoteSections, ref ordinal);
        var sectionOrdinal = 0;
        foreach (var section in report.Sections)
        {
            WriteSection(reportId, null, [], section, footnoteSections, ref sectionOrdinal, ref ordinal);
        }

        for (var i = 0; i < report.Footnotes.Count; i++)
        {
            var note = report.Footnotes[i];
            Run("INSERT INTO footnotes(report_id, number, section, text) VALUES ($p0, $p1, $p2, $p3)",
                reportId, note.Number, footnoteSections.GetValueOrDefault(note.Number, ""), note.Text);
        }

        for (var i = 0; i < report.Diagnostics.Count; i++)
        {
            var d = report.Diagnostics[i];
            Run("INSERT INTO report_diagnostics(report_id, ordinal, code, level, message, page) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                reportId, i, d.CodeName, StableCode.Of(d.Level), d.Message, d.Page);
        }

        var heads = new Dictionary<string, List<SeriesHead>>(StringComparer.Ordinal);
        for (var i = 0; i < stored.Records.Count; i++)
        {
            var r = stored.Records[i];
            // They are stored once, on the report.
            if (r.Report != name || r.Place != placeName || r.Province != m.Province || r.Year != m.Year || r.Period != m.Period?.Label)
            {
                throw new ArgumentException($"{name}: record {i} names another report, place, province, year or period than its report", nameof(stored));
            }

            var unit = VietnameseFold.Key(r.Unit);
            var label = Label(r.Indicator);
            var id = Insert(
                """
                INSERT INTO records(report_id, ordinal,
                    section, label_id, category, value, unit, unit_key, plan_pct, yoy_pct, estimate, cumulative, approximate,
                    source, footnote, raw, evidence, doubt, plan_value, change_pct, ocr_confidence, page,
                    change, kind, dimensions, indicator_code, indicator_name, indicator_confidence)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17,
                    $p18, $p19, $p20, $p21, $p22, $p23, $p24, $p25, $p26, $p27)
                """,
                reportId, i,
                r.Section, label, r.Category, StoredNumber.Text(r.Value), r.Unit, unit, StoredNumber.Text(r.PlanPercent), StoredNumber.Text(r.YearOnYearPercent),
                r.Estimate, r.Cumulative, r.Approximate, r.Source.ToString().ToLowerInvariant(), r.Footnote, r.Raw, r.Evidence,
                r.Doubt, StoredNumber.Text(r.PlanValue), StoredNumber.Text(r.ChangePercent), r.OcrConfidence, r.Page,
                StoredNumber.Text(r.Change), r.Kind.ToString().ToLowerInvariant(), r.Dimensions.Count == 0 ? null : r.Dimensions.ToString(),
                r.IndicatorCode, r.IndicatorName, r.IndicatorConfidence);
            if (!heads.TryGetValue(r.Category, out var ofCategory))
            {
                heads[r.Category] = ofCategory = [];
            }

            if (!ofCategory.Exists(h => h.UnitKey == unit))
            {
                // The value as the records column gives it back, so every way of reading a series shows the same number.
                ofCategory.Add(new SeriesHead(reportId, unit, id, label, StoredNumber.Normalized(r.Value), r.Unit));
            }
        }

        foreach (var (category, ofCategory) in heads)
        {
            Run("INSERT INTO series_heads(category, report_id, heads) VALUES ($p0, $p1, $p2)", category, reportId, SeriesHead.Pack(ofCategory));
        }

        var seriesReport = new SeriesReport(reportId, FilterSql.Key(placeName), FilterSql.Key(m.Province), FilterSql.Key(m.Period?.Label), m.Period?.FirstMonth, m.Period?.LastMonth - m.Period?.FirstMonth,
            date, new ReportNames(name, placeName, m.Province, m.Year, m.Period?.Label));
        Run("INSERT INTO series_reports(report_id, keys) VALUES ($p0, $p1)", reportId, seriesReport.Pack());
        return reportId;
    }

    /// <summary>The row of a label's text, added (and marked for the search index) the first time the text is seen.</summary>
    private long Label(string text)
    {
        if (_labels.TryGetValue(text, out var id))
        {
            return id;
        }

        if (_statements.Integer("SELECT id FROM labels WHERE text = $p0", text) is not { } stored)
        {
            stored = Insert("INSERT INTO labels(text) VALUES ($p0)", text);
            Run("INSERT INTO index_pending_labels(label_id) VALUES ($p0)", stored);
        }

        return _labels[text] = stored;
    }

    private void WriteSection(
        long reportId, long? parentId, IReadOnlyList<string> parentPath, Section section,
        Dictionary<int, string> footnoteSections, ref int sectionOrdinal, ref int ordinal)
    {
        IReadOnlyList<string> labels = [.. parentPath, section.Label];
        var path = string.Join(" > ", labels);
        var id = Insert(
            "INSERT INTO sections(report_id, parent_id, ordinal, label, title, level, path) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
            reportId, parentId, sectionOrdinal++, section.Label, section.Title, section.Level, path);
        WriteParagraphs(reportId, id, path, section.Paragraphs, footnoteSections, ref ordinal);
        foreach (var child in section.Sections)
        {
            WriteSection(reportId, id, labels, child, footnoteSections, ref sectionOrdinal, ref ordinal);
        }
    }

    private void WriteParagraphs(
        long reportId, long? sectionId, string path, IReadOnlyList<Paragraph> paragraphs,
        Dictionary<int, string> footnoteSections, ref int ordinal)
    {
        foreach (var p in paragraphs)
        {
            Run(
                "INSERT INTO paragraphs(report_id, section_id, ordinal, source_index, page, text, footnote_refs) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
                reportId, sectionId, ordinal++, p.Location.Index, p.Location.Page, p.Text, PackedFootnoteRefs.Pack(p.FootnoteRefs));
            foreach (var reference in p.FootnoteRefs)
            {
                footnoteSections.TryAdd(reference.Number, path);
            }
        }
    }

    private long Insert(string sql, params object?[] values)
    {
        Run(sql, values);
        return SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);
    }

    private void Run(string sql, params object?[] values) => _statements.Run(sql, values);

    public void Dispose() => _statements.Dispose();
}
