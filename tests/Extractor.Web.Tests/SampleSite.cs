using Extractor.Ingest;
using Extractor.Store;
using Microsoft.AspNetCore.Builder;
using NUnit.Framework;

namespace Extractor.Web.Tests;

/// <summary>
/// One page server for every test: the three sample reports as DOCX with their PDF twins, a report
/// whose text holds markup and script, and a damaged file, ingested as `extractor ingest` does (its
/// failures file written beside the database), served on a free loopback port.
/// </summary>
[SetUpFixture]
public sealed class SampleSite
{
    public static string Address { get; private set; } = "";

    public static string Database { get; private set; } = "";

    public static HttpClient Client { get; private set; } = null!;

    /// <summary>The report whose text holds &lt;script&gt; and markup (samples have none).</summary>
    public const string HostileReport = "xa-thu-nghiem-markup.txt";

    public const string DamagedFile = "hong.pdf";

    private static WebApplication? _site;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string TempDirectory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "extractor-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        var folder = TempDirectory();
        var samples = Path.Combine(RepositoryRoot, "samples");
        var files = new[] { "huyen-van-quan-6-thang-2024", "xa-binh-trung-6-thang-2023", "huyen-huu-lung-cong-van-2022" }
            .SelectMany(name => new[] { $"{name}.docx", $"{name}.pdf" })
            .Select(name => Path.Combine(samples, name))
            .ToList();
        var hostile = Path.Combine(folder, HostileReport);
        await File.WriteAllTextAsync(hostile, HostileText);
        var damaged = Path.Combine(folder, DamagedFile);
        await File.WriteAllTextAsync(damaged, "%PDF-1.7\nnot really a PDF");
        Database = Path.Combine(folder, "reports.db");
        using (var store = ReportStores.Open(Database, create: true))
        {
            var summary = new IngestBatch(store, new IngestOptions()).Run([.. files, hostile, damaged]);
            FailureReport.Write(FailureReport.PathFor(Database), summary.Failures.Concat(summary.NotReports));
        }

        _site = Site.Build(new SiteOptions(Database, Port: 0));
        await _site.StartAsync();
        Address = Site.Address(_site);
        Client = new HttpClient { BaseAddress = new Uri(Address) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        Client.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private const string HostileText = """
        ỦY BAN NHÂN DÂN
        XÃ THỬ NGHIỆM

        Số: 12/BC-UBND

        Thử Nghiệm, ngày 20 tháng 6 năm 2025

        BÁO CÁO
        Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025 <b>in đậm</b>

        I. KẾT QUẢ <img src=x onerror="document.title='hacked'">
        1. Nông nghiệp
        Diện tích gieo trồng đạt 120 ha <script>document.title='hacked'</script>, đạt 95% kế hoạch.
        Thu ngân sách trên địa bàn đạt 850 triệu đồng <a href="javascript:alert(1)">xem</a>.
        II. PHƯƠNG HƯỚNG
        Tiếp tục chỉ đạo sản xuất vụ mùa.
        """;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Extractor.sln not found above the test assembly");
    }
}
