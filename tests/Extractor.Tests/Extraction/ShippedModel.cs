using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>The trained files shipped in models/: `extractor train` must write each again byte for byte from the corpus.</summary>
internal static class ShippedModel
{
    public static string Folder => Path.Combine(TestFiles.RepositoryRoot, "models");

    public static string Corpus => Path.Combine(Folder, "corpus");

    /// <summary>Trains into memory and compares with the shipped file; ignored, saying why, where a corpus document is absent.</summary>
    public static void AssertTrainingWritesAgain(string fileName, Action<TextWriter, List<string>> train)
    {
        using var written = new StringWriter();
        var skipped = new List<string>();

        train(written, skipped);

        if (skipped.Count > 0)
        {
            Assert.Ignore($"{fileName} was trained on documents this machine lacks: {string.Join("; ", skipped)}");
        }

        Assert.That(written.ToString().ReplaceLineEndings("\n"), Is.EqualTo(File.ReadAllText(Path.Combine(Folder, fileName)).ReplaceLineEndings("\n")));
    }
}
