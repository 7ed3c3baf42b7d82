using Extractor.Model;
using Extractor.Records;

namespace Extractor.Store;

/// <summary>
/// Where ingested reports live and are searched: one implementation per backend (SQLite file
/// now, a server database later), opened through <see cref="ReportStores"/>. Not thread-safe:
/// one instance per thread. Whatever the backend, its failures come out of every method as a
/// <see cref="StoreException"/>; ReportStoreContract in the tests says what an implementation must do.
/// </summary>
public interface IReportStore : IDisposable
{
    /// <summary>SHA-256 of every stored report, to skip unchanged files before reading them.</summary>
    IReadOnlySet<string> StoredHashes();

    /// <summary>Every stored report, by path, with how much of it the store holds.</summary>
    IReadOnlyList<StoredReportCounts> Reports();

    /// <summary>Stores a report and its records in one transaction: all of it or, if the process dies, none of it.</summary>
    SaveOutcome Save(StoredReport report, bool replace);

    /// <summary>
    /// Puts the store in order after a batch: commits the search index, and stores each category's
    /// whole-archive series as one table. Cheap when nothing was added since.
    /// </summary>
    void FinishBatch();

    /// <summary>One hit per report, ranked over the whole archive, and the facets of every matching report.</summary>
    /// <exception cref="QuerySyntaxException">The query text cannot be read.</exception>
    SearchResults Search(SearchQuery query);

    /// <summary>Builds the search index again from the stored reports.</summary>
    /// <returns>How many reports were indexed.</returns>
    int Reindex();

    /// <summary>One record per place, year (period) and unit: the first in document order of the report covering most months, then the latest.</summary>
    /// <exception cref="QuerySyntaxException">The indicator text cannot be read.</exception>
    IReadOnlyList<IndicatorRecord> Series(SeriesQuery query);

    /// <summary>The rows of <see cref="Series"/> with only the columns the planner's table shows, read without building whole records.</summary>
    /// <exception cref="QuerySyntaxException">The indicator text cannot be read.</exception>
    IReadOnlyList<SeriesRow> SeriesRows(SeriesQuery query);

    /// <summary>Records matching the filter, by report then document order.</summary>
    IEnumerable<IndicatorRecord> Records(ReportFilter filter);
}

/// <summary>A report ready to store: the file it came from, its content hash, the report and its records.</summary>
public sealed record StoredReport(string Path, string Sha256, Report Report, IReadOnlyList<IndicatorRecord> Records);

/// <summary>A stored report: the file it came from, its content hash, and how many sections, paragraphs, footnotes and records of it the store holds.</summary>
public sealed record StoredReportCounts(string Path, string Sha256, int Sections, int Paragraphs, int Footnotes, int Records);

public enum SaveOutcome
{
    /// <summary>New content: stored.</summary>
    Ingested,
    /// <summary>The same content is already stored: nothing written.</summary>
    Unchanged,
    /// <summary>Stored in place of the same content (forced) or of an older version of the same file.</summary>
    Replaced,
}
