namespace Extractor.Store;

/// <summary>Where a program gets its <see cref="IReportStore"/>: the one place that knows which backend a database file is.</summary>
public static class ReportStores
{
    /// <summary>Opens the store in <paramref name="path"/>, creating it when <paramref name="create"/> is set.</summary>
    /// <param name="notice">Told, in one line, when the store had to repair itself (a search index rebuilt); ignored when null.</param>
    /// <exception cref="StoreException">Missing (and not to be created), not a store, or from another version.</exception>
    public static IReportStore Open(string path, bool create = false, Action<string>? notice = null) =>
        SqliteReportStore.Open(path, create, notice);
}
