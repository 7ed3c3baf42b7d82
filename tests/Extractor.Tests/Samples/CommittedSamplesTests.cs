using Extractor.Samples;
using NUnit.Framework;

namespace Extractor.Tests.Samples;

/// <summary>The DOCX samples in the repository are what the generator makes of the seeds today.</summary>
public sealed class CommittedSamplesTests
{
    [Test]
    public void Regenerating_the_samples_gives_the_committed_bytes()
    {
        var output = new DirectoryInfo(TestFiles.TempDirectory());
        try
        {
            var generated = SampleGenerator.Generate(new DirectoryInfo(TestFiles.Sample("text")), output);

            Assert.That(generated.Select(g => Path.GetFileName(g.Output)), Is.EquivalentTo(SampleCatalog.Seeds.Select(s => s.FileName)));
            foreach (var sample in SampleCatalog.Seeds)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(output.FullName, sample.FileName)), Is.EqualTo(File.ReadAllBytes(TestFiles.Sample(sample.FileName))),
                    $"samples/{sample.FileName} is out of date: run samples/rebuild.sh");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
