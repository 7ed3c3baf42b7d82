namespace Extractor.Store;

/// <summary>
/// What is stored, and saving: a report in one transaction (<see cref="ReportWriter"/> inserts its rows), in place of
/// the same content or an older version of the same file; each save counts the generation up.
/// Every report saved or deleted is marked for the search index in the same transaction, and
/// the index catches up once it has committed (<see cref="SearchIndex"/>).
/// </summary>
internal sealed class ReportSaving(StoreConnection store, SearchIndex index)
{
    public IReadOnlySet<string> StoredHashes()
    {
        using var command = store.Command("SELECT sha256 FROM reports");
        using var reader = command.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    /// <summary>The reports, counting the rows each has rather than trusting the counts written beside them.</summary>
    public IReadOnlyList<StoredReportCounts> Reports()
    {
        using var command = store.Command(
            """
            SELECT r.path, r.sha256,
                (SELECT count(*) FROM sections WHERE report_id = r.id), (SELECT count(*) FROM paragraphs WHERE report_id = r.id),
                (SELECT count(*) FROM footnotes WHERE report_id = r.id), (SELECT count(*) FROM records WHERE report_id = r.id)
            FROM reports r ORDER BY r.path
            """);
        using var reader = command.ExecuteReader();
        var reports = new List<StoredReportCounts>();
        while (reader.Read())
        {
            reports.Add(new StoredReportCounts(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5)));
        }

        return reports;
    }

    public SaveOutcome Save(StoredReport report, bool replace)
    {
        using var transaction = store.BeginTransaction();
        var sameContent = store.Scalar<long?>("SELECT id FROM reports WHERE sha256 = $p0", report.Sha256);
        if (sameContent is not null && !replace)
        {
            return SaveOutcome.Unchanged;
        }

        // A file whose content changed since it was stored replaces its older version.
        var samePath = store.Scalar<long?>("SELECT id FROM reports WHERE path = $p0", report.Path);
        foreach (var id in new[] { sameContent, samePath }.OfType<long>().Distinct())
        {
            Delete(id);
        }

        using (var writer = new ReportWriter(store.Sqlite))
        {
            store.Execute("INSERT OR IGNORE INTO index_pending(report_id) VALUES ($p0)", writer.Write(report));
        }

        store.Execute("UPDATE store_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");

        transaction.Commit();
        index.CatchUp();
        return sameContent is null && samePath is null ? SaveOutcome.Ingested : SaveOutcome.Replaced;
    }

    private void Delete(long reportId)
    {
        // The series heads do not cascade: their rows go first, found through the records.
        store.Execute("INSERT OR IGNORE INTO index_pending(report_id) VALUES ($p0)", reportId);
        store.Execute(
            """
            DELETE FROM series_heads WHERE (category, report_id) IN (
                SELECT DISTINCT category, report_id FROM records WHERE report_id = $p0)
            """,
            reportId);
        store.Execute("DELETE FROM reports WHERE id = $p0", reportId);
    }
}
