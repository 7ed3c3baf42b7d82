using System.CommandLine;
using Extractor.Reading;
using Extractor.Samples;

var seedsOption = new Option<DirectoryInfo>("--seeds") { Description = "Folder of seed reports (NNN_*.txt)", Required = true };
var outOption = new Option<DirectoryInfo>("--out") { Description = "Folder to write the DOCX samples to", Required = true };
var root = new RootCommand("Rebuilds the DOCX samples from the seed reports.") { seedsOption, outOption };
root.SetAction(parse => Run(() =>
{
    foreach (var sample in SampleGenerator.Generate(parse.GetValue(seedsOption)!, parse.GetValue(outOption)!))
    {
        Console.WriteLine($"{sample.Seed} -> {sample.Output}");
    }
}));

// LibreOffice stamps ZIP entries with the time of conversion; this makes its output rebuild byte for byte.
var packageArgument = new Argument<FileInfo>("package") { Description = "DOCX to rewrite in place" };
var normalize = new Command("normalize", "Rewrites a DOCX with fixed entry timestamps, keeping its content and entry order.") { packageArgument };
normalize.SetAction(parse => Run(() => DeterministicPackage.RepackFile(parse.GetValue(packageArgument)!.FullName)));
root.Subcommands.Add(normalize);

return root.Parse(args).Invoke();

static int Run(Action action)
{
    try
    {
        action();
        return 0;
    }
    catch (Exception e) when (e is IOException or ReportReadException or InvalidDataException or InvalidOperationException)
    {
        Console.Error.WriteLine($"extractor-samples: {e.Message}");
        return 1;
    }
}
