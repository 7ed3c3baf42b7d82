using Extractor.Reading;

namespace Extractor.Samples;

/// <summary>A sample written from a seed.</summary>
public sealed record GeneratedSample(string Seed, string Output);

/// <summary>Reads each catalogued seed with the text reader and writes its DOCX sample.</summary>
public static class SampleGenerator
{
    public static IReadOnlyList<GeneratedSample> Generate(DirectoryInfo seeds, DirectoryInfo output)
    {
        if (!seeds.Exists)
        {
            throw new DirectoryNotFoundException($"seed folder not found: {seeds.FullName}");
        }

        output.Create();
        var written = new List<GeneratedSample>();
        foreach (var sample in SampleCatalog.Seeds)
        {
            // The seed as delivered ("002_f3ff35e304c2ac58.txt") or as kept in the repository ("huyen-van-quan-6-thang-2024.txt").
            var seed = seeds.GetFiles(sample.SeedPrefix + "_*.txt").Concat(seeds.GetFiles(sample.Slug + ".txt")).ToList() switch
            {
                [var one] => one,
                [] => throw new FileNotFoundException($"no seed {sample.SeedPrefix}_*.txt or {sample.Slug}.txt in {seeds.FullName}"),
                _ => throw new IOException($"several seeds for {sample.SeedPrefix} in {seeds.FullName}"),
            };
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
