using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Extractor.Tests.Store;
using NUnit.Framework;

namespace Extractor.Tests.Cli;

/// <summary><c>extractor serve</c> as a person starts it: its options checked, the page answering until the process is stopped.</summary>
public sealed class ServeCommandTests
{
    [TestCase("--host", "example.org", "--host: 'example.org' is not an IP address or localhost")]
    [TestCase("--port", "70000", "--port: from 1 to 65535")]
    public void A_host_or_port_that_cannot_be_listened_on_is_refused_in_one_line(string option, string value, string says)
    {
        var (code, _, stderr) = ShowCommandTests.Run("serve", "--db", "reports.db", option, value);

        Assert.That(code, Is.Not.Zero);
        Assert.That(stderr, Does.Contain(says));
    }

    [Test]
    public async Task The_served_page_answers_searches_on_the_store_until_stopped()
    {
        var database = StoreFixtures.NewDatabase();
        StoreFixtures.SmallStore(database).Dispose();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in new[] { Path.Combine(TestContext.CurrentContext.TestDirectory, "extractor.dll"), "serve", "--db", database, "--port", $"{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var banner = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var response = await client.GetAsync("/api/search?q=thu+ngan+sach");

            Assert.That(banner, Is.EqualTo($"serving reports.db on http://127.0.0.1:{port} (Ctrl+C stops)"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"reports\": 2"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
