namespace Extractor.Store;

/// <summary>
/// What is stored, and saving: a report in one transaction (<see cref="ReportWriter"/> inserts its rows), in place of
/// the same content or an older version of the same file, or as a twin of a report already stored (<see cref="TwinLookup"/>),
/// read from whichever of its files reads best (<see cref="FileReading"/>); each report written counts the generation up.
/// Every report written or deleted is marked for the search index in the same transaction, and
/// the index catches up once it has committed (<see cref="SearchIndex"/>).
/// </summary>
internal sealed class ReportSaving(StoreConnection store, SearchIndex index)
{
    private readonly StoredFiles _files = new(store);
    private readonly TwinLookup _twins = new(store);

    /// <summary>The reports the save under way wrote or deleted, for the index to catch up with.</summary>
    private readonly HashSet<long> _touched = [];

    public IReadOnlySet<string> StoredHashes() => _files.Hashes();

    public IReadOnlyList<StoredReportFiles> ReportFiles() => _files.All();

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
        _touched.Clear();
        using var transaction = store.BeginTransaction();
        var earlier = _files.Matching(report.Sha256, report.Path);
        if (earlier.Any(f => f.Sha256 == report.Sha256) && !replace)
        {
            return SaveOutcome.Unchanged;
        }

        var file = new FileRow(0, report.Path, report.Sha256, Read: true, FileReading.Of(report));
        var likeness = DocumentLikeness.Of(report.Report);
        SaveOutcome outcome;
        if (earlier.FirstOrDefault(f => f.Read) is { } reread)
        {
            // The file a report is read from, read again (forced) or changed: it still gives the report, under its id. A changed
            // file may be another document: its twins are let go, and the next run stores each as what it is.
            foreach (var other in earlier.Where(f => f != reread))
            {
                Forget(other);
            }

            Write(report, likeness, file, reread.ReportId, keepTwins: reread.Sha256 == report.Sha256);
            outcome = SaveOutcome.Replaced;
        }
        else
        {
            foreach (var other in earlier)
            {
                Forget(other);
            }

            if (_twins.Find(likeness) is { } twinOf)
            {
                var current = _files.ReadFileOf(twinOf);
                if (FileReading.Better(file.Format, file.Path, current.Format, current.Path))
                {
                    Write(report, likeness, file, twinOf, keepTwins: true);
                }
                else
                {
                    _files.Add(file with { ReportId = twinOf, Read = false });
                    // A twin changes what a search hit lists of the report.
                    CountGeneration();
                }

                outcome = SaveOutcome.Twin;
            }
            else
            {
                Write(report, likeness, file, null, keepTwins: false);
                outcome = earlier.Count == 0 ? SaveOutcome.Ingested : SaveOutcome.Replaced;
            }
        }

        transaction.Commit();
        index.CatchUp(_touched);
        return outcome;
    }

    /// <summary>Writes the report read from <paramref name="file"/>, in place of report <paramref name="id"/> when given, whose other files become its twins if kept.</summary>
    private void Write(StoredReport report, DocumentLikeness likeness, FileRow file, long? id, bool keepTwins)
    {
        var others = id is { } existing && keepTwins ? _files.Of(existing).Where(f => f.Sha256 != file.Sha256 && f.Path != file.Path).ToList() : [];
        if (id is { } replaced)
        {
            Delete(replaced);
        }

        long reportId;
        using (var writer = new ReportWriter(store.Sqlite))
        {
            reportId = writer.Write(report, id);
        }

        MarkForIndex(reportId);

        _twins.Write(reportId, likeness);
        _files.Add(file with { ReportId = reportId });
        foreach (var other in others)
        {
            _files.Add(other with { ReportId = reportId, Read = false });
        }

        CountGeneration();
    }

    /// <summary>Drops a file's earlier entry: a twin's row, or the report it was read from.</summary>
    private void CountGeneration() => store.Execute("UPDATE store_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");

    private void Forget(FileRow file)
    {
        if (file.Read)
        {
            Delete(file.ReportId);
        }
        else
        {
            _files.Remove(file);
        }
    }

    private void Delete(long reportId)
    {
        // The series heads do not cascade: their rows go first, found through the records.
        MarkForIndex(reportId);
        store.Execute(
            """
            DELETE FROM series_heads WHERE (category, report_id) IN (
                SELECT DISTINCT category, report_id FROM records WHERE report_id = $p0)
            """,
            reportId);
        store.Execute("DELETE FROM reports WHERE id = $p0", reportId);
    }

    private void MarkForIndex(long reportId)
    {
        store.Execute("INSERT OR IGNORE INTO index_pending(report_id) VALUES ($p0)", reportId);
        _touched.Add(reportId);
    }
}
