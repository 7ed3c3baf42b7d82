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
    /// <summary>SHA-256 of every stored file, read or twin, to skip unchanged files before reading them.</summary>
    IReadOnlySet<string> StoredHashes();

    /// <summary>Every stored report, by the path of the file it is read from, with how much of it the store holds.</summary>
    IReadOnlyList<StoredReportCounts> Reports();

    /// <summary>Every stored report, by the path of the file it is read from, with all its files: that one, then its twins.</summary>
    IReadOnlyList<StoredReportFiles> ReportFiles();

    /// <summary>
    /// Changes whenever what a search, series or report read gives could change: a report stored or
    /// replaced, the search index committed (by this process or another). Equal tokens, equal answers;
    /// a reader that keeps answers (the web page) keeps them under it.
    /// </summary>
    string ContentVersion();

    /// <summary>The id of the report read from a file of this name (<see cref="IndicatorRecord.Report"/>), the first stored when several are; null when none is.</summary>
    long? ReportId(string name);

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

    /// <summary>The canonical indicators the records within the filter were linked to, with their counts, the most stated first.</summary>
    IReadOnlyList<IndicatorCount> Indicators(ReportFilter filter);

    /// <summary>Records matching the filter, by report then document order.</summary>
    IEnumerable<IndicatorRecord> Records(ReportFilter filter);

    /// <summary>
    /// A stored report as a page shows it: metadata, sections, paragraphs with their footnote references,
    /// footnotes, its records (as <see cref="Records"/> gives them), its files and diagnostics.
    /// </summary>
    /// <param name="id">The store's id of the report, as <see cref="SearchHit.ReportId"/> gives it.</param>
    /// <returns>Null when the store has no report of that id.</returns>
    StoredReportView? Report(long id);

    /// <summary>How many reports and records the store holds, and how the reports divide by province, year and type.</summary>
    ArchiveCounts Archive();
}

/// <summary>A report ready to store: the file it came from, its content hash, the report and its records.</summary>
public sealed record StoredReport(string Path, string Sha256, Report Report, IReadOnlyList<IndicatorRecord> Records);

/// <summary>A file of a stored report: the one the report is read from (<paramref name="Read"/>) or a twin, the same document in another file.</summary>
/// <param name="Format">How it reads: "docx", "pdf" (a text layer), "text", "doc" (Word 97-2003) or "scan" (read by OCR), the order in which a report's files are preferred.</param>
public sealed record StoredFile(string Path, string Sha256, bool Read, string Format);

/// <summary>A stored report by the path of the file it is read from, with all its files: that one first, then its twins by path.</summary>
public sealed record StoredReportFiles(string Path, IReadOnlyList<StoredFile> Files);

/// <summary>A stored report: the file it is read from, its content hash, and how many sections, paragraphs, footnotes and records of it the store holds.</summary>
public sealed record StoredReportCounts(string Path, string Sha256, int Sections, int Paragraphs, int Footnotes, int Records);

public enum SaveOutcome
{
    /// <summary>New content: stored.</summary>
    Ingested,
    /// <summary>The same content is already stored: nothing written.</summary>
    Unchanged,
    /// <summary>Stored in place of the same content (forced) or of an older version of the same file.</summary>
    Replaced,
    /// <summary>
    /// The same document as a report already stored (same number, date and issuer, or nearly the same body text):
    /// added to that report's files, and read in place of its current file when it reads better (a DOCX over a PDF...).
    /// </summary>
    Twin,
}
