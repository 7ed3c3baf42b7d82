using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Benchmarks;

/// <summary>
/// A realistic corpus made from the text samples: each report is one of the three samples with
/// another place (district or commune name), province and year, and other numbers (every digit
/// after a number's first one redrawn, so "1.448,29" keeps its shape), as text files.
/// Deterministic for a given size.
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
        var samples = Directory.GetFiles(Path.Combine(repositoryRoot, "samples", "text"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path), Year: SampleYear(path)))
            .ToList();
        Parallel.For(0, count, i =>
        {
            var random = new Random(i);
            var (name, text, year) = samples[i % samples.Count];
            var place = PlaceNames[random.Next(PlaceNames.Count)];
            var province = Provinces[random.Next(Provinces.Length)];
            var shift = random.Next(2016, 2026) - year;
            var body = Renumber(Relocate(text, place, province), shift, random);
            var dir = Path.Combine(folder, $"{i / 100:000}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, $"{name}-{i:00000}.txt"), body);
        });
    }

    private static int SampleYear(string path) => int.Parse(YearInName().Match(Path.GetFileName(path)).Value, CultureInfo.InvariantCulture);

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

    /// <summary>Years move by <paramref name="shift"/>; other numbers keep their first digit and length, the rest is redrawn.</summary>
    private static string Renumber(string text, int shift, Random random) => Digits().Replace(text, match =>
    {
        var digits = match.Value;
        if (digits.Length == 4 && int.Parse(digits, CultureInfo.InvariantCulture) is >= 2000 and <= 2035 and var year)
        {
            return (year + shift).ToString(CultureInfo.InvariantCulture);
        }

        var chars = digits.ToCharArray();
        for (var k = 1; k < chars.Length; k++)
        {
            chars[k] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    });

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex YearInName();
}
