namespace Extractor.Benchmarks;

/// <summary>A benchmark run by name from the command line; add one by adding a class that implements this.</summary>
internal interface IBenchmark
{
    /// <summary>The first command-line argument that selects this benchmark.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs with the remaining arguments; returns the process exit code.</summary>
    int Run(string[] arguments);
}
