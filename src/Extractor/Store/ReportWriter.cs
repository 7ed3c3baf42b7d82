using System.Globalization;
using Extractor.Model;
using Extractor.Records;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// Inserts one report's rows inside the caller's transaction: the report row with its counts,
/// then sections, paragraphs, footnotes, records and their index entries. Each statement is
/// prepared once per report and run for every row.
/// </summary>
internal sealed class ReportWriter(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public void Write(StoredReport stored)
    {
        var report = stored.Report;
        var m = report.Metadata;
        var sections = report.AllSections().ToList();
        var paragraphCount = report.Preamble.Count + sections.Sum(s => s.Paragraphs.Count);
        var reportId = Insert(
            """
            INSERT INTO reports(sha256, path, name, type, number, date, issuer, place, place_key, province, province_key,
                period, period_key, year, first_month, last_month, title,
                section_count, paragraph_count, footnote_count, record_count, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21)
            """,
            stored.Sha256, stored.Path, System.IO.Path.GetFileName(stored.Path), m.Type, m.Number,
            m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Issuer,
            m.Place?.ToString(), Key(m.Place?.ToString()), m.Province, Key(m.Province),
            m.Period?.Label, Key(m.Period?.Label), m.Year, m.Period?.FirstMonth, m.Period?.LastMonth, m.Title,
            sections.Count, paragraphCount, report.Footnotes.Count, stored.Records.Count,
            DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));

        // A footnote belongs to the section of the first paragraph that refers to it.
        var footnoteSections = new Dictionary<int, string>();
        var ordinal = 0;
        WriteParagraphs(reportId, null, "", report.Preamble, footnoteSections, ref ordinal);
        var sectionOrdinal = 0;
        foreach (var section in report.Sections)
        {
            WriteSection(reportId, null, [], section, footnoteSections, ref sectionOrdinal, ref ordinal);
        }

        foreach (var note in report.Footnotes)
        {
            var text = note.Text;
            var id = Insert("INSERT INTO footnotes(report_id, number, text) VALUES ($p0, $p1, $p2)", reportId, note.Number, text);
            WritePassage(reportId, PassageKind.Footnote, id, footnoteSections.GetValueOrDefault(note.Number, ""), text);
        }

        for (var i = 0; i < stored.Records.Count; i++)
        {
            var r = stored.Records[i];
            var id = Insert(
                """
                INSERT INTO records(report_id, ordinal, report, place, place_key, province, province_key, year, period, period_key,
                    section, indicator, category, value, unit, unit_key, plan_pct, yoy_pct, estimate, cumulative, approximate,
                    source, footnote, raw, evidence, doubt, plan_value, change_pct)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17,
                    $p18, $p19, $p20, $p21, $p22, $p23, $p24, $p25, $p26, $p27)
                """,
                reportId, i, r.Report, r.Place, Key(r.Place), r.Province, Key(r.Province), r.Year, r.Period, Key(r.Period),
                r.Section, r.Indicator, r.Category, r.Value, r.Unit, VietnameseFold.Key(r.Unit), r.PlanPercent, r.YearOnYearPercent,
                r.Estimate, r.Cumulative, r.Approximate, r.Source.ToString().ToLowerInvariant(), r.Footnote, r.Raw, r.Evidence,
                r.Doubt, r.PlanValue, r.ChangePercent);
            WritePassage(reportId, PassageKind.Record, id, r.Section, r.Indicator);
        }
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
            var id = Insert(
                "INSERT INTO paragraphs(report_id, section_id, ordinal, source_index, page, text) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                reportId, sectionId, ordinal++, p.Location.Index, p.Location.Page, p.Text);
            WritePassage(reportId, PassageKind.Body, id, path, p.Text);
            foreach (var reference in p.FootnoteRefs)
            {
                footnoteSections.TryAdd(reference.Number, path);
            }
        }
    }

    private void WritePassage(long reportId, PassageKind kind, long itemId, string section, string text)
    {
        var id = Insert("INSERT INTO passages(report_id, kind, item_id, section) VALUES ($p0, $p1, $p2, $p3)", reportId, (int)kind, itemId, section);
        Run("INSERT INTO passage_index(rowid, folded, exact) VALUES ($p0, $p1, $p2)",
            id, VietnameseFold.Fold(text), VietnameseFold.Fold(text, exact: true));
    }

    private static string? Key(string? name) => name is null ? null : VietnameseFold.Key(name);

    private long Insert(string sql, params object?[] values)
    {
        Run(sql, values);
        return SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);
    }

    private void Run(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
