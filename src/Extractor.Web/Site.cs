using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Extractor.Export;
using Extractor.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Web;

/// <summary>Where the page listens and which store it reads.</summary>
/// <param name="Port">0 takes any free port (tests); <see cref="Site.Address"/> tells which.</param>
/// <param name="AnswerMegabytes">How much memory the answers kept until the store changes (searches, tables, reports) may take; 0 keeps none.</param>
public sealed record SiteOptions(string Database, string Host = "127.0.0.1", int Port = 5080, int AnswerMegabytes = 256);

/// <summary>
/// The web page over a store (<c>extractor serve</c>): search, a report, an indicator across places and
/// years, the archive, and a JSON API with the CLI's shapes. It only reads; it listens on loopback unless
/// told otherwise; every page is HTML-encoded and runs no script but its own file.
/// </summary>
public static class Site
{
    /// <summary>Builds the page's server; start it with <c>StartAsync</c> or <c>Run</c>.</summary>
    public static WebApplication Build(SiteOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A port in use is told by the caller in one line; the host would also log its stack.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        // Made by the container, so stopping the page closes its stores.
        builder.Services.AddSingleton(_ => new StorePool(options.Database, options.AnswerMegabytes * 1024L * 1024));
        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Failed, AllowStatusCode404Response = true });
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // Report text is encoded on every page; the policy is the second wall: no script but the page's own file runs.
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            await next(context);
        });
        Map(app);
        return app;
    }

    /// <summary>The address the started server listens on, "http://127.0.0.1:5080".</summary>
    public static string Address(WebApplication app) => app.Urls.First();

    private static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpRequest request, StorePool stores) => Guarded(() => SearchPage.Render(request, stores)));
        app.MapGet("/reports/{id:long}", (long id, HttpRequest request, StorePool stores) => Guarded(() => ReportPage.Render(id, request, stores)));
        app.MapGet("/reports/named", (HttpRequest request, StorePool stores) => Guarded(() =>
        {
            var values = new RequestValues(request.Query);
            var name = values.Text("name") ?? throw new RequestRefused("name: which report");
            return stores.Use(db => db.ReportId(name)) is { } id
                ? Results.Redirect(PageLayout.Link(ReportPage.Path(id), ("at", values.Text("at", RequestValues.MaxQueryLength))))
                : PageLayout.Problem("Không có báo cáo này", $"Kho không có báo cáo nào đọc từ tệp {name}.", StatusCodes.Status404NotFound);
        }));
        app.MapGet("/reports/{id:long}/files/{index:int}", (long id, int index, StorePool stores) => Guarded(() => ReportFile(id, index, stores)));
        app.MapGet("/indicators", (HttpRequest request, StorePool stores) => Guarded(() => IndicatorPage.Render(request, stores)));
        app.MapGet("/indicators/table.csv", (HttpRequest request, StorePool stores) => Guarded(() => IndicatorPage.Download(request, stores, "csv")));
        app.MapGet("/indicators/table.xlsx", (HttpRequest request, StorePool stores) => Guarded(() => IndicatorPage.Download(request, stores, "xlsx")));
        app.MapGet("/archive", (StorePool stores) => Guarded(() => ArchivePage.Render(stores)));
        app.MapGet("/site.css", () => Asset("site.css", "text/css; charset=utf-8"));
        app.MapGet("/site.js", () => Asset("site.js", "text/javascript; charset=utf-8"));
        SiteApi.Map(app);
    }

    /// <summary>A file of a report by its place among the report's files: never by a path from the request.</summary>
    private static IResult ReportFile(long id, int index, StorePool stores)
    {
        var report = ReportPage.Read(stores, id);
        if (report is null || index < 0 || index >= report.Files.Count)
        {
            return PageLayout.Problem("Không có tệp này", string.Create(CultureInfo.InvariantCulture, $"Báo cáo số {id} không có tệp số {index}."), StatusCodes.Status404NotFound);
        }

        var file = report.Files[index];
        return File.Exists(file.Path)
            ? Results.File(file.Path, "application/octet-stream", Path.GetFileName(file.Path))
            : PageLayout.Problem("Tệp không còn ở chỗ cũ", $"{Path.GetFileName(file.Path)} đã được chuyển hoặc xóa sau khi nhập; báo cáo vẫn còn trong kho.", StatusCodes.Status410Gone);
    }

    /// <summary>Turns what the store and the request refuse into a page that says so in one line.</summary>
    private static IResult Guarded(Func<IResult> page)
    {
        try
        {
            return page();
        }
        catch (RequestRefused e)
        {
            return PageLayout.Problem("Yêu cầu không hợp lệ", e.Message, StatusCodes.Status400BadRequest);
        }
        catch (StoreException e)
        {
            return PageLayout.Problem("Không đọc được kho báo cáo", e.Message, StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static IResult Asset(string name, string type) => Results.Bytes(Assets.GetOrAdd(name, Resource), type);

    private static readonly ConcurrentDictionary<string, byte[]> Assets = new();

    /// <summary>A file shipped inside the page's assembly (Assets/).</summary>
    internal static byte[] Resource(string name)
    {
        using var stream = typeof(Site).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is not inside the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Anything unforeseen: a page that says so, never a stack trace.</summary>
    private static Task Failed(HttpContext context)
    {
        var problem = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var message = problem is null ? "Lỗi không rõ." : $"{problem.GetType().Name}: {problem.Message.ReplaceLineEndings(" ")}";
        return PageLayout.Problem("Lỗi máy chủ", message, StatusCodes.Status500InternalServerError).ExecuteAsync(context);
    }
}
