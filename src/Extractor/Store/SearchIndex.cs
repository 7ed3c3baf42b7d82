using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Extractor.Store;

/// <summary>
/// The Lucene index beside the database (<c>reports.db</c> has <c>reports.lucene/</c>), which
/// text search and the indicator search of a series read. SQLite is the source of truth: every
/// save or delete writes the report's id to <c>index_pending</c> in its own transaction; the
/// index catches up after it (<see cref="Apply"/>) and the ids are cleared once the index has
/// committed them. A killed process leaves ids behind, and the next open replays them:
/// replaying deletes the report's documents and adds them again from its rows, so doing it
/// twice is harmless. A missing or unreadable index is rebuilt from the database.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    /// <summary>
    /// The index commits after this many reports or this long, whichever comes first: a commit
    /// makes them searchable to other processes (a search beside a running ingest), and a crash
    /// replays at most what came after the last one.
    /// </summary>
    private const int CommitEvery = 500;
    private static readonly TimeSpan CommitAfter = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The documents' layout, written with every commit: an index laid out otherwise (by an
    /// older version of this program) is rebuilt on open, as it would miss what queries now ask.
    /// </summary>
    private const string Layout = "3";
    private const string LayoutKey = "layout";

    /// <summary>
    /// Segments of a size the merge policy lets stand before merging them (Lucene's default is 10). A search looks each
    /// word up and makes its scorers in every segment: 10,000 reports as ingest left them were 12 segments and searched
    /// at p95 11.0 ms, against 17 segments and 15.5 ms with 10 (that run also before other search changes).
    /// </summary>
    private const int SegmentsPerTier = 5;

    private readonly System.Diagnostics.Stopwatch _sinceCommit = System.Diagnostics.Stopwatch.StartNew();

    private readonly StoreConnection _store;
    private readonly string _folder;
    private readonly LuceneDirectory _directory;
    private readonly PassageDocuments _documents;
    private readonly Action<string> _notice;
    private IndexWriter? _writer;
    private DirectoryReader? _reader;

    /// <summary>The commit <see cref="_reader"/> reads when it was opened on the folder (not on this process's writer).</summary>
    private long _readerGeneration = -1;

    /// <summary>
    /// A folder's time is older than this when no file it may not show yet can be written in the same tick of its clock
    /// (file systems keep times to a nanosecond, some to two seconds).
    /// </summary>
    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(2);

    /// <summary>The index folder's time of last change when its files were last listed, and whether it was settled then.</summary>
    private (DateTime Stamp, bool Settled) _listed;

    private IndexSearcher? _searcher;
    private (IndexReader Reader, ReportBlocks Blocks)? _blocks;
    private readonly HashSet<long> _applied = [];

    private SearchIndex(StoreConnection store, string folder, Action<string> notice)
    {
        _store = store;
        _folder = folder;
        _directory = FSDirectory.Open(new DirectoryInfo(folder));
        _documents = new PassageDocuments(store);
        _notice = notice;
    }

    /// <summary>The folder of the index of the database at <paramref name="databasePath"/>.</summary>
    public static string FolderOf(string databasePath) => Path.ChangeExtension(databasePath, ".lucene");

    /// <summary>Opens the index beside the database, rebuilding it when it is missing or cannot be read, and replaying what a killed process left.</summary>
    public static SearchIndex Open(StoreConnection store, Action<string> notice)
    {
        var folder = FolderOf(store.Path);
        var index = new SearchIndex(store, folder, notice);
        try
        {
            index.Prepare();
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    private void Prepare()
    {
        var reports = _store.Scalar<long>("SELECT count(*) FROM reports");
        string? problem = null;
        try
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                problem = "missing";
            }
            else
            {
                using var reader = DirectoryReader.Open(_directory);
                if (!reader.IndexCommit.UserData.TryGetValue(LayoutKey, out var layout) || layout != Layout)
                {
                    problem = "laid out by an older version";
                }
            }
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or UnauthorizedAccessException)
        {
            problem = $"unreadable ({e.Message.ReplaceLineEndings(" ")})";
        }

        if (problem is not null)
        {
            if (reports > 0)
            {
                _notice($"{Path.GetFileName(FolderOf(_store.Path))}: search index {problem}; rebuilding it from {_store.Name}");
            }

            Rebuild();
        }
        else if (_store.Scalar<long>("SELECT count(*) FROM index_pending") > 0 && !IndexWriter.IsLocked(_directory))
        {
            // What a killed process saved but did not index (while no ingest is running, which would catch up itself).
            CatchUp();
            Commit();
        }

        // A store that only reads must not keep other processes from writing.
        CloseWriter();
    }

    /// <summary>Deletes everything and indexes every stored report and label again.</summary>
    /// <returns>How many reports were indexed.</returns>
    public int Rebuild()
    {
        CloseWriter();
        var writer = Writer(OpenMode.CREATE);
        var ids = Ids("SELECT id FROM reports ORDER BY id");
        foreach (var id in ids)
        {
            writer.AddDocuments(_documents.Of(id));
        }

        foreach (var (id, text) in Labels("SELECT id, text FROM labels"))
        {
            writer.AddDocument(PassageDocuments.Label(id, text));
        }

        _store.Execute("DELETE FROM index_pending; DELETE FROM index_pending_labels;");
        writer.Commit();
        _applied.Clear();
        return ids.Count;
    }

    /// <summary>
    /// Brings the index up to the database for <paramref name="reports"/> (those a save just wrote
    /// or deleted) or, when null, for every pending report; and for every pending label.
    /// </summary>
    public void CatchUp(IEnumerable<long>? reports = null)
    {
        var writer = Writer(OpenMode.CREATE_OR_APPEND);
        foreach (var id in reports ?? Ids("SELECT report_id FROM index_pending"))
        {
            writer.DeleteDocuments(new Term(IndexFields.Report, PassageDocuments.Key(id)));
            writer.AddDocuments(_documents.Of(id));
            _applied.Add(id);
        }

        foreach (var (id, text) in Labels("SELECT l.id, l.text FROM index_pending_labels p JOIN labels l ON l.id = p.label_id"))
        {
            writer.UpdateDocument(new Term(IndexFields.LabelId, PassageDocuments.Key(id)), PassageDocuments.Label(id, text));
        }

        _store.Execute("DELETE FROM index_pending_labels");
        if (_applied.Count >= CommitEvery || _sinceCommit.Elapsed >= CommitAfter)
        {
            Commit();
        }
    }

    /// <summary>Makes what was applied durable and clears its pending ids.</summary>
    public void Commit()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.Commit();
        _sinceCommit.Restart();
        if (_applied.Count > 0)
        {
            using var transaction = _store.BeginTransaction();
            using var command = _store.Command("DELETE FROM index_pending WHERE report_id = $p0", 0L);
            foreach (var id in _applied)
            {
                command.Parameters[0].Value = id;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            _applied.Clear();
        }
    }

    /// <summary>A searcher over what is indexed now, what this process has not yet committed included.</summary>
    public IndexSearcher Searcher()
    {
        if (_reader is null)
        {
            Read(_writer is null ? DirectoryReader.Open(_directory) : DirectoryReader.Open(_writer, applyAllDeletes: true));
        }
        else if (Changed() is { } changed)
        {
            _reader.Dispose();
            Read(changed);
        }

        return _searcher ??= new IndexSearcher(_reader) { Similarity = Ranking };
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_reader))]
    private void Read(DirectoryReader reader)
    {
        (_reader, _searcher) = (reader, null);
        _readerGeneration = _writer is null ? reader.IndexCommit.Generation : -1;
    }

    /// <summary>A reader of what changed since <see cref="_reader"/> was opened; null when nothing did.</summary>
    private DirectoryReader? Changed() =>
        _writer is not null ? DirectoryReader.OpenIfChanged(_reader, _writer, applyAllDeletes: true)
        // Every commit writes a segments file of a higher generation: the folder's file names tell whether another process
        // committed, without reading and parsing the commit on every search as OpenIfChanged does.
        : !FolderMayHaveChanged() || SegmentInfos.GetLastCommitGeneration(_directory) == _readerGeneration ? null
        : DirectoryReader.OpenIfChanged(_reader);

    /// <summary>
    /// Whether another process may have committed since the folder's files were last listed: a commit creates a file, which
    /// changes the folder's time. One look at that time instead of listing a hundred files on every search (4% of a search's
    /// time at 10,000 reports); a time too recent to rule out a file written in its own tick lists them again.
    /// </summary>
    private bool FolderMayHaveChanged()
    {
        var stamp = System.IO.Directory.GetLastWriteTimeUtc(_folder);
        if (_listed.Settled && stamp == _listed.Stamp)
        {
            return false;
        }

        _listed = (stamp, DateTime.UtcNow - stamp > SettledAfter);
        return true;
    }

    /// <summary>Where the reports lie in <paramref name="reader"/> (the reader of <see cref="Searcher"/>): read again when the reader changes.</summary>
    public ReportBlocks Blocks(IndexReader reader)
    {
        if (_blocks?.Reader != reader)
        {
            _blocks = (reader, ReportBlocks.Of(reader, _store));
        }

        return _blocks.Value.Blocks;
    }

    /// <summary>The version of what <see cref="Searcher"/> reads: it changes with every commit, and with every change this process has not committed.</summary>
    public long Version() => ((DirectoryReader)Searcher().IndexReader).Version;

    /// <summary>BM25 with Lucene's defaults (k1 1.2, b 0.75), over the whole archive.</summary>
    public static Similarity Ranking { get; } = new BM25Similarity();

    private IndexWriter Writer(OpenMode mode)
    {
        if (_writer is not null)
        {
            return _writer;
        }

        // A reader opened on the folder would not see what this writer adds: the next search opens one on the writer.
        CloseReader();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, FoldedWordAnalyzer.Instance)
        {
            OpenMode = mode,
            Similarity = Ranking,
            RAMBufferSizeMB = 64,
            MergePolicy = new TieredMergePolicy { SegmentsPerTier = SegmentsPerTier, MaxMergeAtOnce = SegmentsPerTier },
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
            _writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = Layout });
            return _writer;
        }
        catch (LockObtainFailedException)
        {
            throw new StoreException($"{Path.GetFileName(FolderOf(_store.Path))}: the search index is being written by another process (an ingest?); try again when it ends");
        }
    }

    private void CloseReader()
    {
        _reader?.Dispose();
        (_reader, _searcher) = (null, null);
    }

    private void CloseWriter()
    {
        CloseReader();
        _writer?.Dispose();
        _writer = null;
    }

    private List<long> Ids(string sql)
    {
        using var command = _store.Command(sql);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private List<(long Id, string Text)> Labels(string sql)
    {
        using var command = _store.Command(sql);
        using var reader = command.ExecuteReader();
        var labels = new List<(long, string)>();
        while (reader.Read())
        {
            labels.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return labels;
    }

    public void Dispose()
    {
        try
        {
            Commit();
        }
        finally
        {
            CloseWriter();
            _directory.Dispose();
        }
    }
}
