using System.Text.Json;
using Extractor.Export;
using Extractor.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web;

/// <summary>
/// The JSON under the page, in the CLI's shapes (<see cref="SearchJson"/>, <see cref="SeriesJson"/>,
/// <see cref="StoredReportJson"/>), described by <c>/api/openapi.json</c>. Errors come as
/// <c>{"error": "..."}</c> with 400 (the request), 404 (no such report) or 503 (the store).
/// </summary>
internal static class SiteApi
{
    public const int MaxLimit = 100;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/search", (HttpRequest request, StorePool stores) => Json(() =>
        {
            var values = new RequestValues(request.Query);
            var query = Search(values, values.Number("limit", 20, 1, MaxLimit), values.Number("offset", 0, 0, MaxLimit * RequestValues.MaxPage));
            var results = stores.Use(db => db.Search(query));
            return output => SearchJson.Write(results, output);
        }));
        app.MapGet("/api/facets", (HttpRequest request, StorePool stores) => Json(() =>
        {
            var values = new RequestValues(request.Query);
            var results = stores.Use(db => db.Search(Search(values, 1, 0)));
            return output => SearchJson.WriteFacets(results, output);
        }));
        app.MapGet("/api/series", (HttpRequest request, StorePool stores) => Json(() =>
        {
            var values = new RequestValues(request.Query);
            var category = values.Text("category");
            var indicator = values.Text("indicator", RequestValues.MaxQueryLength);
            if (category is null == indicator is null)
            {
                throw new RequestRefused("give either category or indicator");
            }

            var query = new SeriesQuery(category, indicator, values.Filter() with { Category = null }, values.Text("by") != "place,year");
            var rows = stores.Use(db => db.SeriesRows(query));
            return output => SeriesJson.Write(rows, output);
        }));
        app.MapGet("/api/reports/{id:long}", (long id, StorePool stores) => Json(() =>
        {
            var report = stores.Use(db => db.Report(id)) ?? throw new ReportMissing(id);
            return output => StoredReportJson.Write(report, output);
        }));
        app.MapGet("/api/categories", (HttpRequest request) => Json(() =>
        {
            var words = new RequestValues(request.Query).Text("q") ?? "";
            var matching = CategoryNames.Matching(words).ToList();
            return output =>
            {
                using var w = new Utf8JsonWriter(output);
                w.WriteStartObject();
                w.WriteStartArray("categories");
                foreach (var (code, name) in matching)
                {
                    w.WriteStartObject();
                    w.WriteString("code", code);
                    w.WriteString("name", name);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            };
        }));
        app.MapGet("/api/openapi.json", () => Results.Bytes(Site.Resource("openapi.json"), "application/json"));
    }

    private static SearchQuery Search(RequestValues values, int limit, int offset) =>
        new(values.Text("q", RequestValues.MaxQueryLength) ?? throw new RequestRefused("q: what to search for"), values.Filter(), limit, values.Flag("exact"), offset);

    private sealed class ReportMissing(long id) : Exception($"no report {id}");

    /// <summary>Runs the request; writes its JSON, or the error in one line with the status that says whose it is.</summary>
    private static IResult Json(Func<Action<Stream>> read)
    {
        int status;
        string message;
        try
        {
            var write = read();
            using var output = new MemoryStream();
            write(output);
            return Results.Bytes(output.ToArray(), "application/json; charset=utf-8");
        }
        catch (Exception e) when (e is RequestRefused or QuerySyntaxException)
        {
            (status, message) = (StatusCodes.Status400BadRequest, e.Message);
        }
        catch (ReportMissing e)
        {
            (status, message) = (StatusCodes.Status404NotFound, e.Message);
        }
        catch (StoreException e)
        {
            (status, message) = (StatusCodes.Status503ServiceUnavailable, e.Message);
        }

        return Results.Json(new Dictionary<string, string> { ["error"] = message }, statusCode: status);
    }
}
