using Extractor.Records;
using Extractor.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// The report store in one SQLite file (schema in <see cref="StoreSchema"/>). WAL journal, so
/// searches read while an ingest writes; each report is saved in one transaction, so a killed
/// process leaves whole reports only. Each job is a part of its own (<see cref="ReportSaving"/>,
/// <see cref="BatchFinishing"/>, <see cref="PassageSearch"/>, <see cref="SeriesReading"/>,
/// <see cref="RecordRows"/>); this class puts them behind <see cref="IReportStore"/> and turns
/// SQLite's errors into <see cref="StoreException"/>s naming the file.
/// </summary>
internal sealed class SqliteReportStore : IReportStore
{
    private readonly StoreConnection _store;
    private readonly ReportSaving _saving;
    private readonly BatchFinishing _finishing;
    private readonly PassageSearch _search;
    private readonly SeriesReading _series;
    private readonly RecordRows _records;

    private SqliteReportStore(StoreConnection store)
    {
        var terms = new IndexTerms(store);
        _store = store;
        _saving = new ReportSaving(store);
        _series = new SeriesReading(store, terms);
        _finishing = new BatchFinishing(store, _series);
        _search = new PassageSearch(store, terms);
        _records = new RecordRows(store);
    }

    /// <summary>Opens the database, creating it when <paramref name="create"/> is set.</summary>
    /// <exception cref="StoreException">Missing (and not to be created), not an Extractor database, or from another version.</exception>
    public static SqliteReportStore Open(string path, bool create = false) => new(StoreFile.Open(path, create));

    public IReadOnlySet<string> StoredHashes() => Guarded(_saving.StoredHashes);

    public IReadOnlyList<StoredReportCounts> Reports() => Guarded(_saving.Reports);

    public IReadOnlyList<StoredReportFiles> ReportFiles() => Guarded(_saving.ReportFiles);

    public SaveOutcome Save(StoredReport report, bool replace) => Guarded(() => _saving.Save(report, replace));

    public void FinishBatch() => Guarded(() =>
    {
        _finishing.FinishBatch();
        return true;
    });

    public IReadOnlyList<SearchHit> Search(SearchQuery query) => Guarded(() => _search.Search(query));

    public IReadOnlyList<IndicatorRecord> Series(SeriesQuery query) => Guarded(() => _series.Series(query));

    public IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query) => Guarded(() => _series.SeriesRows(query));

    public IEnumerable<IndicatorRecord> Records(ReportFilter filter)
    {
        // Read as the caller goes: each step may meet SQLite's errors.
        using var records = Guarded(() => _records.Records(filter).GetEnumerator());
        while (Guarded(records.MoveNext))
        {
            yield return records.Current;
        }
    }

    private T Guarded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{_store.Name}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    public void Dispose() => _store.Dispose();
}
