using System.IO.Compression;

namespace Extractor.Samples;

/// <summary>
/// Rewrites a package so that the same content always gives the same bytes: packaging layers
/// stamp ZIP entries with the current time, which would make every rebuild churn git.
/// </summary>
public static class DeterministicPackage
{
    private static readonly DateTimeOffset Timestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the entries in their order with a fixed timestamp.</summary>
    public static void Repack(Stream package, Stream output) => Copy(package, output, entries => entries);

    /// <summary>As <see cref="Repack"/>, with content types and package relationships first, where Word writes them.</summary>
    internal static void RepackInWordOrder(Stream package, Stream output) =>
        Copy(package, output, entries => entries.OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 }));

    /// <summary>Rewrites the package at <paramref name="path"/> in place, keeping its entry order.</summary>
    public static void RepackFile(string path)
    {
        var original = new MemoryStream(File.ReadAllBytes(path));
        using var output = File.Create(path);
        Repack(original, output);
    }

    private static void Copy(Stream package, Stream output, Func<IEnumerable<ZipArchiveEntry>, IEnumerable<ZipArchiveEntry>> order)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in order(source.Entries))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Timestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
