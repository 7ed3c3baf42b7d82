using Extractor.Reading;

namespace Extractor.Samples;

/// <summary>A sample written from a seed.</summary>
public sealed record GeneratedSample(string Seed, string Output);

/// <summary>Reads each catalogued seed with the text reader and writes its DOCX sample.</summary>
public static class SampleGenerator
{
    public static IReadOnlyList<GeneratedSample> Generate(DirectoryInfo seeds, DirectoryInfo output)
    {
        output.Create();
        var written = new List<GeneratedSample>();
        foreach (var sample in SampleCatalog.Seeds)
        {
            var seed = sample.Locate(seeds);
            var target = Path.Combine(output.FullName, sample.FileName);
            var document = FormatReaders.Read(seed.FullName);
            using (var stream = File.Create(target))
            {
                DocxSampleWriter.Write(document, sample.AutoNumberedParts, stream);
            }

            written.Add(new GeneratedSample(seed.Name, target));
        }

        return written;
    }
}
