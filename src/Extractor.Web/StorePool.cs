using System.Collections.Concurrent;
using Extractor.Store;

namespace Extractor.Web;

/// <summary>
/// The stores the page reads through. A store serves one thread at a time, so each request borrows
/// one and gives it back; at most <see cref="Size"/> are open, and further requests wait for one.
/// A store that failed is closed, not given back, so a database replaced or repaired under the
/// page is opened afresh by the next request. Nothing here writes: an ingest can run beside it.
/// </summary>
/// <remarks>
/// Answers are kept (<see cref="Cached"/>) under the store's content version: a planner's common
/// searches, a facet clicked and undone, a table opened again are read once until an ingest changes
/// the store. They take at most <paramref name="answerBytes"/> (as each answer's size is told or
/// guessed); past that the least recently used half leaves.
/// </remarks>
internal sealed class StorePool(string database, long answerBytes) : IDisposable
{
    /// <summary>Two per core: a request waiting on SQLite or the disk leaves its core to another.</summary>
    public static int Size { get; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>What an answer whose size is not told is taken to weigh: a page of hits with their snippets and facets.</summary>
    private const long UntoldSize = 16 * 1024;

    private readonly ConcurrentBag<IReportStore> _idle = [];
    private readonly ConcurrentDictionary<object, Answer> _answers = new();
    private readonly Lock _trimming = new();
    private long _clock;
    private long _kept;

    /// <summary>An answer, the content version it was read at, its size, and when it was last used (a count of uses, not a time).</summary>
    private sealed class Answer(string version, object? value, long size, long used)
    {
        public string Version => version;

        public object? Value => value;

        public long Size => size;

        public long Used { get; set; } = used;
    }

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

    /// <summary>
    /// What <paramref name="read"/> gives for <paramref name="key"/> (a query record: equal queries, equal
    /// keys), read again only when the store's content has changed since it was kept.
    /// </summary>
    /// <param name="size">The answer's size in bytes, where a guess would be far off (a table of thousands of rows).</param>
    public T Cached<T>(object key, Func<IReportStore, T> read, Func<T, long>? size = null) where T : class? => answerBytes == 0 ? Use(read) : Use<T>(store =>
    {
        var version = store.ContentVersion();
        var now = Interlocked.Increment(ref _clock);
        if (_answers.TryGetValue(key, out var kept) && kept.Version == version)
        {
            kept.Used = now;
            return (T)kept.Value!;
        }

        var value = read(store);
        var bytes = size is null ? UntoldSize : size(value);
        // An answer past a quarter of the budget would push out most others: it is read again instead.
        if (bytes <= answerBytes / 4)
        {
            if (_answers.TryRemove(key, out var replaced))
            {
                Interlocked.Add(ref _kept, -replaced.Size);
            }

            if (_answers.TryAdd(key, new Answer(version, value, bytes, now)))
            {
                Interlocked.Add(ref _kept, bytes);
            }

            Trim();
        }

        return value;
    });

    /// <summary>Past the budget, drops the least recently used answers until half of it is left.</summary>
    private void Trim()
    {
        if (Interlocked.Read(ref _kept) <= answerBytes)
        {
            return;
        }

        lock (_trimming)
        {
            foreach (var (key, answer) in _answers.OrderBy(a => a.Value.Used).ToList())
            {
                if (Interlocked.Read(ref _kept) <= answerBytes / 2)
                {
                    break;
                }

                if (_answers.TryRemove(key, out _))
                {
                    Interlocked.Add(ref _kept, -answer.Size);
                }
            }
        }
    }

    private IReportStore Open() => ReportStores.Open(database);

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }

        _open.Dispose();
    }
}
