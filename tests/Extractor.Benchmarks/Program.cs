using Extractor.Benchmarks;

var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(type => type.IsClass && !type.IsAbstract && typeof(IBenchmark).IsAssignableFrom(type))
    .Select(type => (IBenchmark)Activator.CreateInstance(type)!)
    .OrderBy(benchmark => benchmark.Name, StringComparer.Ordinal)
    .ToList();

var selected = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (selected is null)
{
    Console.Error.WriteLine("usage: Extractor.Benchmarks <benchmark> [arguments]");
    foreach (var benchmark in benchmarks)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-20} {benchmark.Description}");
    }

    return 2;
}

return selected.Run(args[1..]);
