using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace Extractor.Tests.Cli;

/// <summary>The real <c>extractor</c> program as scripts run it: output, JSON shape, exit codes and one-line errors.</summary>
public sealed class ShowCommandTests
{
    [Test]
    public void Json_has_the_contract_shape()
    {
        var (code, stdout, _) = Run("show", TestFiles.Sample("text/xa-binh-trung-6-thang-2023.txt"), "--json");
        Assert.That(code, Is.EqualTo(0));
        using var json = JsonDocument.Parse(stdout);
        var m = json.RootElement.GetProperty("metadata");
        Assert.That(m.GetProperty("type").GetString(), Is.EqualTo("báo cáo"));
        Assert.That(m.GetProperty("number").GetString(), Is.EqualTo("476/BC-UBND"));
        Assert.That(m.GetProperty("date").GetString(), Is.EqualTo("2023-07-14"));
        Assert.That(m.GetProperty("issuer").GetString(), Is.EqualTo("UBND xã Bình Trung"));
        Assert.That(m.GetProperty("place").GetString(), Is.EqualTo("xã Bình Trung"));
        Assert.That(m.GetProperty("period").GetString(), Is.EqualTo("6 tháng đầu năm 2023"));
        Assert.That(m.GetProperty("year").GetInt32(), Is.EqualTo(2023));
        var first = json.RootElement.GetProperty("sections")[0];
        Assert.That(first.GetProperty("label").GetString(), Is.EqualTo("PHẦN THỨ NHẤT"));
        Assert.That(first.GetProperty("level").GetInt32(), Is.EqualTo(1));
        Assert.That(first.GetProperty("sections")[0].GetProperty("title").GetString(), Is.EqualTo("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"));
        var note = json.RootElement.GetProperty("footnotes")[1];
        Assert.That(note.GetProperty("number").GetInt32(), Is.EqualTo(2));
        Assert.That(note.GetProperty("text").GetString(), Does.StartWith("Phát tiền quà chủ tịch nước cho 35 hộ"));
        Assert.That(stdout, Does.Contain("Bình Trung"), "Vietnamese is written as is, not \\u-escaped");
    }

    [Test]
    public void Human_view_lists_metadata_sections_and_footnotes()
    {
        var (code, stdout, _) = Run("show", TestFiles.Sample("text/huyen-van-quan-6-thang-2024.txt"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("huyện Văn Quan").And.Contain("6 tháng đầu năm 2024")
            .And.Contain("Phần II").And.Contain("Footnotes (39)"));
    }

    [Test]
    public void Human_view_ends_with_each_diagnostic_and_its_code()
    {
        var (code, stdout, _) = Run("show", TestFiles.Sample("xa-binh-trung-6-thang-2023.tcvn3.docx"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout.TrimEnd('\n').Split('\n')[^2..], Is.EqualTo(new[]
        {
            "Info legacy_encoding_decoded: decoded 195 run(s) from TCVN3 (.VnTime)",
            "Info legacy_encoding_decoded: decoded 31 run(s) from TCVN3 (.VnTimeH)",
        }));
    }

    [TestCase("", "empty.docx", "file is empty")]
    [TestCase("just some text\n", "notes.docx", "named .docx but the content is plain text")]
    [TestCase(null, "random.docx", "unknown format")]
    public void Bad_input_gets_one_line_naming_the_file_and_the_reason(string? content, string name, string reason)
    {
        var path = Path.Combine(TestFiles.TempDirectory(), name);
        if (content is null)
        {
            File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
        }
        else
        {
            File.WriteAllText(path, content);
        }

        var (code, stdout, stderr) = Run("show", path);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.StartWith($"error: {name}: ").And.Contain(reason));
    }

    [Test]
    public void Missing_file_is_an_error_not_a_crash()
    {
        var (code, _, stderr) = Run("show", Path.Combine(TestFiles.TempDirectory(), "nope.docx"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Is.EqualTo("error: nope.docx: file not found\n"));
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "extractor.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
