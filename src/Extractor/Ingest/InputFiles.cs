using Extractor.Reading;

namespace Extractor.Ingest;

/// <summary>
/// The files an ingest covers: files named on the command line as they are, folders searched
/// recursively for the extensions reports go by (<see cref="FormatReaders.Extensions"/>), in a stable order.
/// </summary>
public static class InputFiles
{
    /// <summary>Full paths, each once; a path that does not exist is returned too, so the batch reports it as not found.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => FormatReaders.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }
}
