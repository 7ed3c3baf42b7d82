namespace Extractor.Store;

/// <summary>The files of the stored reports (<c>report_files</c>): the one each report is read from and its twins.</summary>
internal sealed class StoredFiles(StoreConnection store)
{
    private const string Read = "read";
    private const string Twin = "twin";

    /// <summary>The content hash of every file, read or twin.</summary>
    public IReadOnlySet<string> Hashes()
    {
        using var command = store.Command("SELECT sha256 FROM report_files");
        using var reader = command.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }

    /// <summary>Every report by the path of the file it is read from, with its files: that one first, then its twins by path.</summary>
    public IReadOnlyList<StoredReportFiles> All() =>
        [.. Rows("SELECT report_id, path, sha256, role, format FROM report_files")
            .GroupBy(f => f.ReportId)
            .Select(Listed)
            .Select(files => new StoredReportFiles(files[0].Path, files))
            .OrderBy(r => r.Path, StringComparer.Ordinal)];

    /// <summary>A report's files as <see cref="All"/> lists them: the one it is read from, then its twins by path.</summary>
    public IReadOnlyList<StoredFile> Listed(long reportId) => Listed(Of(reportId));

    private static List<StoredFile> Listed(IEnumerable<FileRow> files) =>
        [.. files.OrderBy(f => f.Read ? 0 : 1).ThenBy(f => f.Path, StringComparer.Ordinal).Select(f => new StoredFile(f.Path, f.Sha256, f.Read, f.Format))];

    /// <summary>The rows of a file with this content or at this path (an older version of it).</summary>
    public IReadOnlyList<FileRow> Matching(string sha256, string path) =>
        Rows("SELECT report_id, path, sha256, role, format FROM report_files WHERE sha256 = $p0 OR path = $p1", sha256, path);

    public IReadOnlyList<FileRow> Of(long reportId) =>
        Rows("SELECT report_id, path, sha256, role, format FROM report_files WHERE report_id = $p0", reportId);

    public FileRow ReadFileOf(long reportId) => Of(reportId).Single(f => f.Read);

    public void Add(FileRow file) =>
        store.Execute("INSERT INTO report_files(report_id, path, sha256, role, format) VALUES ($p0, $p1, $p2, $p3, $p4)",
            file.ReportId, file.Path, file.Sha256, file.Read ? Read : Twin, file.Format);

    public void Remove(FileRow file) => store.Execute("DELETE FROM report_files WHERE sha256 = $p0", file.Sha256);

    private List<FileRow> Rows(string sql, params object[] values) =>
        store.Rows(sql, r => new FileRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3) == Read, r.GetString(4)), values);
}

/// <summary>A row of <c>report_files</c>: which report, the file, whether the report is read from it, and its format (<see cref="FileReading"/>).</summary>
internal sealed record FileRow(long ReportId, string Path, string Sha256, bool Read, string Format);
