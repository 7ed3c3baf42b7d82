using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Extraction;
using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Ingest;

/// <summary>The real <c>extractor</c> program: its summary and failures, the JSON of search and series, export; run as a child by the store contract's kill test.</summary>
public sealed partial class IngestCommandTests
{
    [Test]
    public void Ingest_writes_a_summary_and_the_failures_beside_the_database()
    {
        var folder = IngestTests.Corpus(copies: 0);
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");

        var (code, stdout, stderr) = Run("ingest", folder, "--db", database);

        Assert.That(code, Is.EqualTo(2), stderr);
        Assert.That(SummaryCount(stdout, "ingested"), Is.EqualTo(3));
        Assert.That(SummaryCount(stdout, "failed: empty"), Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("empty.txt"));
        Assert.That(File.ReadAllText(database + ".failures.csv"), Does.Contain("empty.txt,empty,empty.txt: file is empty"));
    }

    [Test]
    public void Search_json_has_the_contract_shape()
    {
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        Run("ingest", TestFiles.Sample("text"), "--db", database);

        var (code, stdout, stderr) = Run("search", "thu ngan sach", "--db", database, "--place", "Van Quan", "--limit", "3", "--json");

        Assert.That(code, Is.EqualTo(0), stderr);
        using var json = JsonDocument.Parse(stdout);
        var hits = json.RootElement.GetProperty("hits");
        Assert.That(hits.GetArrayLength(), Is.EqualTo(1), "one hit per report: one report of Văn Quan");
        var hit = hits[0];
        Assert.That(hit.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "report", "place", "year", "period", "section", "source", "snippet", "score", "matches", "files", "report_id" }));
        Assert.That(hit.GetProperty("files").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "huyen-van-quan-6-thang-2024.txt" }));
        Assert.That(hit.GetProperty("matches").GetInt32(), Is.GreaterThan(1), "the report states it in several passages");
        var facets = json.RootElement.GetProperty("facets");
        Assert.That(facets.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "province", "place", "year", "period", "category" }));
        Assert.That(facets.GetProperty("province").EnumerateArray().Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32())),
            Is.EqualTo(new[] { ("Lạng Sơn", 1) }));
        Assert.That(facets.GetProperty("category").EnumerateArray().Select(f => f.GetProperty("value").GetString()), Does.Contain("budget_revenue"));
        Assert.That(hit.GetProperty("report").GetString(), Is.EqualTo("huyen-van-quan-6-thang-2024.txt"));
        Assert.That(hit.GetProperty("place").GetString(), Is.EqualTo("huyện Văn Quan"));
        Assert.That(hit.GetProperty("year").GetInt32(), Is.EqualTo(2024));
        Assert.That(hit.GetProperty("snippet").GetString(), Does.Contain("<b>ngân sách</b>").Or.Contain("<b>thu ngân sách</b>"));
        Assert.That(hit.GetProperty("score").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public void Query_errors_are_one_line()
    {
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        Run("ingest", TestFiles.Sample("text/huyen-huu-lung-cong-van-2022.txt"), "--db", database);
        var (code, stdout, stderr) = Run("search", "NOT lúa", "--db", database);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("error: query: the query only says what to leave out").And.EndWith("\n"));
        Assert.That(stderr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(Run("search", "lúa", "--db", Path.Combine(TestFiles.TempDirectory(), "none.db")).Stderr,
            Is.EqualTo("error: none.db: database not found (run 'extractor ingest' first)\n"));
    }

    [Test]
    public void Series_json_and_export_come_from_the_store()
    {
        var database = Store.StoreFixtures.NewDatabase();
        Store.StoreFixtures.SmallStore(database).Dispose();

        var (code, stdout, stderr) = Run("series", "--db", database, "--category", "crop_area", "--year", "2022-2024", "--json");
        Assert.That(code, Is.EqualTo(0), stderr);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.GetProperty("rows");
        Assert.That(rows.GetArrayLength(), Is.EqualTo(3));
        Assert.That(rows[2].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "place", "year", "period", "indicator", "value", "unit", "report" }));
        Assert.That(rows[2].GetProperty("value").GetDecimal(), Is.EqualTo(1448.29m));
        Assert.That(rows[2].GetProperty("report").GetString(), Is.EqualTo("van-quan-2024.docx"));

        var xlsxAndJson = Run("series", "--db", database, "--category", "crop_area", "--year", "2022-2024", "--json", "--out", Path.Combine(TestFiles.TempDirectory(), "rice.xlsx"));
        Assert.That(xlsxAndJson.Code, Is.EqualTo(0), xlsxAndJson.Stderr);
        Assert.That(xlsxAndJson.Stdout, Is.EqualTo(stdout), "the same rows, shown from the records written to the file");

        var csv = Path.Combine(TestFiles.TempDirectory(), "rice.csv");
        Assert.That(Run("export", "--db", database, "--category", "crop_area", "--place", "van quan", "--out", csv).Code, Is.EqualTo(0));
        var lines = File.ReadAllLines(csv);
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines[0], Does.StartWith("\uFEFFreport,place,province,year,period,section,indicator,category,value,unit"));
        Assert.That(lines.Skip(1), Has.Some.Contains(",1448.29,ha,"));
    }

    [Test]
    public void A_canonical_indicators_series_lists_codes_and_takes_the_breakdown_asked_typed_without_diacritics()
    {
        var database = Path.Combine(TestFiles.TempDirectory(), "r.db");
        Run("ingest", TestFiles.Sample("text"), "--db", database);

        var list = Run("series", "--db", database, "--list", "--json");
        var buffaloes = Run("series", "--db", database, "--indicator", "livestock.herd", "--dim", "livestock=trau", "--json");
        var wrongKey = Run("series", "--db", database, "--indicator", "livestock.herd", "--dim", "crop=lúa");

        Assert.That(list.Code, Is.EqualTo(0), list.Stderr);
        using var listed = JsonDocument.Parse(list.Stdout);
        var herd = listed.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "livestock.herd");
        Assert.That(herd.GetProperty("reports").GetInt32(), Is.EqualTo(2), "Văn Quan and Bình Trung count their herds");
        Assert.That(buffaloes.Code, Is.EqualTo(0), buffaloes.Stderr);
        using var json = JsonDocument.Parse(buffaloes.Stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => (r.GetProperty("place").GetString(), r.GetProperty("value").GetDecimal(), r.GetProperty("unit").GetString(), r.GetProperty("dimensions").GetString())),
            Is.EqualTo(new[] { ("huyện Văn Quan", 7675m, "con", "livestock=trâu"), ("xã Bình Trung", 340m, "con", "livestock=trâu") }));
        Assert.That(rows[1].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "place", "year", "period", "indicator", "value", "unit", "report", "indicator_code", "dimensions", "kind", "section", "source",
        }));
        Assert.That(wrongKey.Code, Is.Not.EqualTo(0));
        Assert.That(wrongKey.Stderr, Does.Contain("--dim crop=lúa: livestock.herd takes no 'crop' breakdown"));
    }

    [Test]
    public void Export_reads_report_files_too()
    {
        var csv = Path.Combine(TestFiles.TempDirectory(), "out.csv");
        var (code, _, stderr) = Run("export", TestFiles.Sample("text/xa-binh-trung-6-thang-2023.txt"), "--out", csv);
        Assert.That(code, Is.EqualTo(0), stderr);
        var expected = IndicatorExtraction.Extract(ReportFile.Read(TestFiles.Sample("text/xa-binh-trung-6-thang-2023.txt"))).Count;
        Assert.That(File.ReadAllLines(csv), Has.Length.EqualTo(expected + 1));
    }

    /// <summary>The count from the plain progress line "[ 12/300] ingested  path".</summary>
    internal static int Done(string line) => ProgressLine().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    internal static int SummaryCount(string stdout, string outcome) =>
        int.Parse(Regex.Match(stdout, $@"^\s*{Regex.Escape(outcome)}\s+(\d+)\s*$", RegexOptions.Multiline).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\[\s*(\d+)/\d+\]")]
    private static partial Regex ProgressLine();

    internal static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "extractor.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args) => Cli.ShowCommandTests.Run(args);
}
