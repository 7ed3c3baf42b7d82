namespace Extractor.Benchmarks;

/// <summary>Finds files relative to the repository root (the folder holding Extractor.sln).</summary>
internal static class RepositoryPaths
{
    public static string? Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Extractor.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }
}
