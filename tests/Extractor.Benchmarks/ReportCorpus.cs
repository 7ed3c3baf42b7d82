using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Extraction;
using Extractor.Model;
using Extractor.Records;
using Extractor.Store;

namespace Extractor.Benchmarks;

/// <summary>
/// A realistic corpus made from the text samples: each report is one of the three samples with
/// another place (district or commune name), province and year, and other numbers (every digit
/// after a number's first one redrawn, so "1.448,29" keeps its shape). Deterministic for a given
/// size. Written as text files to be ingested (<see cref="Write"/>), or, for archives larger
/// than reading can make in a benchmark's time, made straight as the store keeps them
/// (<see cref="Stored"/>): each sample read and extracted once, report i changed exactly as its
/// text file would be.
/// </summary>
internal static partial class ReportCorpus
{
    private static readonly string[] Syllables =
    [
        "Bắc", "Sơn", "Văn", "Lãng", "Tràng", "Định", "Cao", "Lộc", "Bình", "Gia", "Hòa", "An", "Thạch", "Phú", "Tân", "Đồng",
        "Chi", "Lăng", "Đình", "Lập", "Khánh", "Yên", "Mỹ", "Quang", "Long", "Hưng", "Thịnh", "Xuân", "Minh", "Thủy", "Ngọc", "Kỳ",
    ];

    public static readonly string[] Provinces = ["Lạng Sơn", "Cao Bằng", "Bắc Kạn", "Thái Nguyên", "Hà Giang", "Tuyên Quang"];

    /// <summary>The samples' own place names, replaced in every copy (mixed and upper case).</summary>
    private static readonly string[] SamplePlaces = ["Văn Quan", "Bình Trung", "Hữu Lũng"];

    /// <summary>Place names the corpus uses, for queries that filter by place.</summary>
    public static IReadOnlyList<string> PlaceNames { get; } =
        [.. Syllables.SelectMany(a => Syllables.Where(b => b != a).Select(b => $"{a} {b}")).Take(400)];

    /// <summary>Writes <paramref name="count"/> reports under <paramref name="folder"/> (100 per subfolder).</summary>
    public static void Write(string folder, int count, string repositoryRoot)
    {
        var samples = Samples(repositoryRoot);
        Parallel.For(0, count, i =>
        {
            var copy = Copy.Of(i, samples);
            var dir = Path.GetDirectoryName(Path.Combine(folder, copy.RelativePath))!;
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(folder, copy.RelativePath), copy.Change(copy.Sample.Text));
        });
    }

    /// <summary>
    /// <paramref name="count"/> reports as the store keeps them, without reading or extraction:
    /// every text of the sample's report and records changed as <see cref="Write"/> changes its
    /// file. The records keep the sample's values (their evidence and the text carry the new
    /// numbers), which search and series by text do not read. Report i is the same whatever
    /// <paramref name="first"/> is, so a kept database of the first reports can be grown.
    /// </summary>
    public static IEnumerable<StoredReport> Stored(string folder, int count, string repositoryRoot, int first = 0)
    {
        var samples = Samples(repositoryRoot);
        var read = samples.Select(s => ReportFile.Read(s.Path)).ToList();
        var records = read.Select(r => IndicatorExtraction.Extract(r)).ToList();
        for (var i = first; i < count; i++)
        {
            var copy = Copy.Of(i, samples);
            var k = i % samples.Count;
            var path = Path.Combine(folder, copy.RelativePath);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(path)));
            yield return new StoredReport(path, hash, copy.Change(read[k], path), [.. records[k].Select(r => copy.Change(r, path))]);
        }
    }

    private sealed record Sample(string Path, string Name, string Text, int Year);

    private static List<Sample> Samples(string repositoryRoot) =>
        [.. Directory.GetFiles(Path.Combine(repositoryRoot, "samples", "text"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new Sample(path, Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), SampleYear(path)))];

    private static int SampleYear(string path) => int.Parse(YearInName().Match(Path.GetFileName(path)).Value, CultureInfo.InvariantCulture);

    /// <summary>Report <paramref name="Index"/>: which sample, and the place, province and years it moves to.</summary>
    private sealed record Copy(int Index, Sample Sample, string Place, string Province, int Shift)
    {
        public static Copy Of(int index, List<Sample> samples)
        {
            var random = new Random(index);
            var sample = samples[index % samples.Count];
            var place = PlaceNames[random.Next(PlaceNames.Count)];
            var province = Provinces[random.Next(Provinces.Length)];
            return new Copy(index, sample, place, province, random.Next(2016, 2026) - sample.Year);
        }

        public string RelativePath => Path.Combine($"{Index / 100:000}", $"{Sample.Name}-{Index:00000}.txt");

        /// <summary>A text of the sample as it stands in this copy.</summary>
        public string Change(string text) => Renumber(Relocate(text, Place, Province), Shift, Index);

        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
        private string? Maybe(string? text) => text is null ? null : Change(text);

        public Report Change(Report report, string path)
        {
            var m = report.Metadata;
            return report with
            {
                Source = path,
                Metadata = m with
                {
                    Number = Maybe(m.Number),
                    Date = m.Date?.AddYears(Shift),
                    Issuer = Maybe(m.Issuer),
                    Place = m.Place is null ? null : m.Place with { Name = Place },
                    Province = m.Province is null ? null : Province,
                    Period = m.Period is null ? null : m.Period with { Label = Change(m.Period.Label), Year = m.Period.Year + Shift },
                    Title = Maybe(m.Title),
                },
                Preamble = [.. report.Preamble.Select(Change)],
                PreambleTables = [.. report.PreambleTables.Select(Change)],
                Sections = [.. report.Sections.Select(Change)],
                Footnotes = [.. report.Footnotes.Select(f => f with { Paragraphs = [.. f.Paragraphs.Select(Change)] })],
            };
        }

        public IndicatorRecord Change(IndicatorRecord record, string path) => record with
        {
            Report = Path.GetFileName(path),
            Place = record.Place is null ? null : Relocate(record.Place, Place, Province),
            Province = record.Province is null ? null : Province,
            Year = record.Year + Shift,
            Period = Maybe(record.Period),
            Section = Change(record.Section),
            Indicator = Change(record.Indicator),
            Raw = Change(record.Raw),
            Evidence = Change(record.Evidence),
        };

        private Section Change(Section section) => section with
        {
            Title = Change(section.Title),
            Paragraphs = [.. section.Paragraphs.Select(Change)],
            Tables = [.. section.Tables.Select(Change)],
            Sections = [.. section.Sections.Select(Change)],
        };

        /// <summary>A place name of another length moves what follows it: references stay within the text, styles are dropped (the store keeps none).</summary>
        private Paragraph Change(Paragraph paragraph)
        {
            var text = Change(paragraph.Text);
            return paragraph with
            {
                Text = text,
                FootnoteRefs = [.. paragraph.FootnoteRefs.Select(r => r with { Offset = Math.Min(r.Offset, text.Length) })],
                Spans = [],
                PageBreaks = [],
            };
        }

        private Table Change(Table table) => table with { Rows = [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(Change)])] };
    }

    private static string Relocate(string text, string place, string province)
    {
        var culture = CultureInfo.GetCultureInfo("vi-VN");
        var result = new StringBuilder(text)
            .Replace("Lạng Sơn", province).Replace("LẠNG SƠN", province.ToUpper(culture));
        foreach (var sample in SamplePlaces)
        {
            result.Replace(sample, place).Replace(sample.ToUpper(culture), place.ToUpper(culture));
        }

        return result.ToString();
    }

    /// <summary>
    /// Years move by <paramref name="shift"/>; other numbers keep their first digit and length,
    /// the rest drawn from the copy and the digits themselves, so a number reads the same in a
    /// paragraph and in the evidence of its record.
    /// </summary>
    private static string Renumber(string text, int shift, int copy) => Digits().Replace(text, match =>
    {
        var digits = match.Value;
        if (digits.Length == 4 && int.Parse(digits, CultureInfo.InvariantCulture) is >= 2000 and <= 2035 and var year)
        {
            return (year + shift).ToString(CultureInfo.InvariantCulture);
        }

        var key = (ulong)copy;
        foreach (var c in digits)
        {
            key = unchecked(key * 31 + c);
        }

        var random = new Random(Mixed(key));
        var chars = digits.ToCharArray();
        for (var k = 1; k < chars.Length; k++)
        {
            chars[k] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    });

    /// <summary>
    /// A seed from <paramref name="key"/> with every bit mixed (SplitMix64's finaliser): Random's
    /// first draws from nearby seeds are nearly equal, which made copies next to each other share
    /// their numbers, and the store took them for twins.
    /// </summary>
    private static int Mixed(ulong key)
    {
        var z = unchecked(key + 0x9E3779B97F4A7C15);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex YearInName();
}
