using System.Collections.Concurrent;
using Extractor.Store;

namespace Extractor.Web;

/// <summary>
/// The stores the page reads through. A store serves one thread at a time, so each request borrows
/// one and gives it back; at most <see cref="Size"/> are open, and further requests wait for one.
/// A store that failed is closed, not given back, so a database replaced or repaired under the
/// page is opened afresh by the next request. Nothing here writes: an ingest can run beside it.
/// </summary>
internal sealed class StorePool(string database) : IDisposable
{
    /// <summary>Two per core: a request waiting on SQLite or the disk leaves its core to another.</summary>
    public static int Size { get; } = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<IReportStore> _idle = [];
    private readonly SemaphoreSlim _open = new(Size, Size);

    public string Database => database;

    /// <exception cref="StoreException">The database is missing, not a store, locked or unreadable.</exception>
    public T Use<T>(Func<IReportStore, T> read)
    {
        _open.Wait();
        try
        {
            var store = _idle.TryTake(out var idle) ? idle : Open();
            try
            {
                var result = read(store);
                _idle.Add(store);
                return result;
            }
            catch (StoreException)
            {
                store.Dispose();
                throw;
            }
            catch
            {
                // A query the store refused (its syntax): the store itself is sound.
                _idle.Add(store);
                throw;
            }
        }
        finally
        {
            _open.Release();
        }
    }

    private IReportStore Open()
    {
        if (!File.Exists(database))
        {
            throw new StoreException($"{Path.GetFileName(database)}: no such database (ingest reports into it first: extractor ingest FOLDER --db {Path.GetFileName(database)})");
        }

        return ReportStores.Open(database);
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }

        _open.Dispose();
    }
}
