using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Extractor.Tests;

/// <summary>
/// The stages of src/Extractor use each other one way only: the text rules use no stage, a
/// reader does not know the layout that reads its output, and extraction does not know the
/// evaluation that scores it. A `using Extractor.X;` line or an `Extractor.X.` name that turns a
/// one-way use into a cycle fails here, naming the file.
/// </summary>
public sealed partial class StageDependencyTests
{
    [TestCase("Text", "Annotations Evaluation Export Extraction Ingest Layout Model Reading Records Store")]
    [TestCase("Model", "Annotations Evaluation Export Extraction Ingest Layout Reading Records Store")]
    [TestCase("Reading", "Annotations Evaluation Export Extraction Ingest Layout Records Store")]
    [TestCase("Layout", "Annotations Evaluation Export Extraction Ingest Records Store")]
    [TestCase("Extraction", "Evaluation Export Ingest Layout Reading Store")]
    [TestCase("Annotations", "Evaluation Export Extraction Ingest Layout Reading Store")]
    [TestCase("Store", "Evaluation Export Extraction Ingest Layout Reading")]
    public void A_stage_does_not_use_the_stages_after_it(string stage, string forbidden)
    {
        var folder = Path.Combine(TestFiles.RepositoryRoot, "src", "Extractor", stage);
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);
        var uses = files.SelectMany(file => UsedStages(file).Select(used => (File: Path.GetRelativePath(folder, file), Used: used)));

        Assert.That(files, Is.Not.Empty, $"no sources in {folder}");
        Assert.That(uses.Where(u => forbidden.Split(' ').Contains(u.Used)).Select(u => $"{u.File} uses Extractor.{u.Used}"), Is.Empty);
    }

    [Test]
    public void A_using_line_and_a_qualified_name_both_count_as_a_use()
    {
        var file = Path.Combine(TestFiles.TempDirectory(), "Sample.cs");
        File.WriteAllLines(file,
        [
            "using Extractor.Model;",
            "// Extractor.Store is named in a comment only",
            "namespace Extractor.Reading.Pdf;",
            "sealed class Sample { Extractor.Layout.SectionTree? Tree; }",
        ]);

        Assert.That(UsedStages(file), Is.EquivalentTo(new[] { "Model", "Layout" }));
    }

    /// <summary>The first namespace part after "Extractor." in using lines and qualified names, outside comments and the file's own namespace line.</summary>
    private static IEnumerable<string> UsedStages(string file) => File.ReadLines(file)
        .Select(line => line.Split("//", 2)[0])
        .Where(line => !line.TrimStart().StartsWith("namespace ", StringComparison.Ordinal))
        .SelectMany(line => StageName().Matches(line).Select(m => m.Groups["stage"].Value))
        .Distinct();

    [GeneratedRegex(@"\bExtractor\.(?<stage>[A-Z]\w*)\b(?=\s*[.;])")]
    private static partial Regex StageName();
}
