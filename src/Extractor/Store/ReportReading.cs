using System.Globalization;

namespace Extractor.Store;

/// <summary>
/// A stored report read back whole for a page (<see cref="StoredReportView"/>), and what the
/// store holds in all (<see cref="ArchiveCounts"/>).
/// </summary>
internal sealed class ReportReading(StoreConnection store, RecordRows records)
{
    private readonly StoredFiles _files = new(store);

    /// <summary>The report of id <paramref name="id"/>; null when the store has none.</summary>
    public StoredReportView? Report(long id)
    {
        // One read transaction: a report replaced by an ingest meanwhile is read as it was, not half of each.
        using var snapshot = store.BeginSnapshot();
        var found = store.Rows("SELECT name, type, number, date, issuer, place, province, period, year, title FROM reports WHERE id = $p0",
            r => (Name: r.GetString(0), Metadata: new StoredMetadata(
                RecordRows.NullableString(r, 1), RecordRows.NullableString(r, 2), RecordRows.NullableString(r, 3), RecordRows.NullableString(r, 4),
                RecordRows.NullableString(r, 5), RecordRows.NullableString(r, 6), RecordRows.NullableString(r, 7), RecordRows.NullableInt(r, 8),
                RecordRows.NullableString(r, 9))), id);
        if (found is not [var (name, metadata)])
        {
            return null;
        }

        return new StoredReportView(id, name, metadata,
            store.Rows("SELECT id, parent_id, label, title, level, path FROM sections WHERE report_id = $p0 ORDER BY ordinal",
                r => new StoredSection(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5)), id),
            store.Rows("SELECT section_id, text, footnote_refs, page FROM paragraphs WHERE report_id = $p0 ORDER BY ordinal",
                r => new StoredParagraph(r.IsDBNull(0) ? null : r.GetInt64(0), r.GetString(1), PackedFootnoteRefs.Unpack(RecordRows.NullableString(r, 2)), RecordRows.NullableInt(r, 3)), id),
            store.Rows("SELECT number, section, text FROM footnotes WHERE report_id = $p0 ORDER BY number, id",
                r => new StoredFootnote(r.GetInt32(0), r.GetString(1), r.GetString(2)), id),
            [.. records.OfReport(id)],
            _files.Listed(id),
            store.Rows("SELECT code, level, message, page FROM report_diagnostics WHERE report_id = $p0 ORDER BY ordinal",
                r => new StoredDiagnostic(r.GetString(0), r.GetString(1), r.GetString(2), RecordRows.NullableInt(r, 3)), id));
    }

    public ArchiveCounts Archive()
    {
        using var snapshot = store.BeginSnapshot();
        return new ArchiveCounts(
            store.Scalar<int>("SELECT count(*) FROM reports"),
            store.Scalar<int>("SELECT count(*) FROM records"),
            Counts("province"),
            Counts("year"),
            Counts("type"));
    }

    /// <summary>How the reports divide by the values of a column of theirs, most first; reports without a value are left out.</summary>
    private List<FacetCount> Counts(string column) =>
        FacetCount.MostFirst(store.Rows($"SELECT {column}, count(*) FROM reports WHERE {column} IS NOT NULL AND {column} <> '' GROUP BY {column}",
            r => new FacetCount(Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, r.GetInt32(1))));
}
