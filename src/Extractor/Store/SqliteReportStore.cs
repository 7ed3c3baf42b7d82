using Extractor.Records;
using Extractor.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// The report store in one SQLite file (schema in <see cref="StoreSchema"/>). WAL journal, so
/// searches read while an ingest writes; each report is saved in one transaction, so a killed
/// process leaves whole reports only; the search index beside it (<see cref="SearchIndex"/>)
/// catches up with what was saved. Each job is a part of its own (<see cref="ReportSaving"/>,
/// <see cref="BatchFinishing"/>, <see cref="PassageSearch"/>, <see cref="SeriesReading"/>,
/// <see cref="RecordRows"/>, <see cref="ReportReading"/>); this class puts them behind <see cref="IReportStore"/> and turns
/// SQLite's errors into <see cref="StoreException"/>s naming the file.
/// </summary>
internal sealed class SqliteReportStore : IReportStore
{
    private readonly StoreConnection _store;
    private readonly SearchIndex _index;
    private readonly ReportSaving _saving;
    private readonly BatchFinishing _finishing;
    private readonly PassageSearch _search;
    private readonly SeriesReading _series;
    private readonly RecordRows _records;
    private readonly ReportReading _reading;

    private SqliteReportStore(StoreConnection store, SearchIndex index)
    {
        _store = store;
        _index = index;
        _saving = new ReportSaving(store, index);
        _series = new SeriesReading(store, index);
        _finishing = new BatchFinishing(store, index, _series);
        _search = new PassageSearch(store, index);
        _records = new RecordRows(store);
        _reading = new ReportReading(store, _records);
    }

    /// <summary>Opens the database and its search index, creating them when <paramref name="create"/> is set.</summary>
    /// <param name="notice">Told, in one line, when the index had to be rebuilt.</param>
    /// <exception cref="StoreException">Missing (and not to be created), not an Extractor database, or from another version; an index that cannot be written.</exception>
    public static SqliteReportStore Open(string path, bool create = false, Action<string>? notice = null)
    {
        var store = StoreFile.Open(path, create);
        try
        {
            return new SqliteReportStore(store, Guarded(store, () => SearchIndex.Open(store, notice ?? (_ => { }))));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public IReadOnlySet<string> StoredHashes() => Guarded(_saving.StoredHashes);

    public IReadOnlyList<StoredReportCounts> Reports() => Guarded(_saving.Reports);

    public IReadOnlyList<StoredReportFiles> ReportFiles() => Guarded(_saving.ReportFiles);

    public string ContentVersion() => Guarded(() => $"{_store.Generation()}/{_index.Version()}");

    public long? ReportId(string name) => Guarded(() => _store.Scalar<long?>("SELECT min(id) FROM reports WHERE name = $p0", name));

    public SaveOutcome Save(StoredReport report, bool replace) => Guarded(() => _saving.Save(report, replace));

    public void FinishBatch() => Guarded(() =>
    {
        _finishing.FinishBatch();
        return true;
    });

    public SearchResults Search(SearchQuery query) => Guarded(() => _search.Search(query));

    public int Reindex() => Guarded(_index.Rebuild);

    public IReadOnlyList<IndicatorRecord> Series(SeriesQuery query) => Guarded(() => _series.Series(query));

    public IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query) => Guarded(() => _series.SeriesRows(query));

    public IReadOnlyList<IndicatorCount> Indicators(ReportFilter filter) => Guarded(() => _series.Indicators(filter));

    public IEnumerable<IndicatorRecord> Records(ReportFilter filter)
    {
        // Read as the caller goes: each step may meet SQLite's errors.
        using var records = Guarded(() => _records.Records(filter).GetEnumerator());
        while (Guarded(records.MoveNext))
        {
            yield return records.Current;
        }
    }

    public StoredReportView? Report(long id) => Guarded(() => _reading.Report(id));

    public ArchiveCounts Archive() => Guarded(_reading.Archive);

    private T Guarded<T>(Func<T> action) => Guarded(_store, action);

    /// <summary>Runs <paramref name="action"/>, turning SQLite's and the index's errors into <see cref="StoreException"/>s naming the file.</summary>
    private static T Guarded<T>(StoreConnection store, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{store.Name}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            throw new StoreException($"{System.IO.Path.GetFileName(SearchIndex.FolderOf(store.Path))}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    public void Dispose()
    {
        try
        {
            Guarded(() =>
            {
                _index.Dispose();
                return true;
            });
        }
        finally
        {
            _store.Dispose();
        }
    }
}
