using System.IO.Compression;
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
        app.MapGet("/api/search", (HttpRequest request, StorePool stores) => Json(request, () =>
        {
            var values = new RequestValues(request.Query);
            var query = Search(values, values.Number("limit", 20, 1, MaxLimit), values.Number("offset", 0, 0, MaxLimit * RequestValues.MaxPage));
            return Kept(stores, query, db => db.Search(query), SearchJson.Write);
        }));
        app.MapGet("/api/facets", (HttpRequest request, StorePool stores) => Json(request, () =>
        {
            var query = Search(new RequestValues(request.Query), 1, 0);
            return Kept(stores, ("facets", query), db => db.Search(query), SearchJson.WriteFacets);
        }));
        app.MapGet("/api/series", (HttpRequest request, StorePool stores) => Json(request, () =>
        {
            var values = new RequestValues(request.Query);
            var category = values.Text("category");
            var indicator = values.Text("indicator", RequestValues.MaxQueryLength);
            if (category is null == indicator is null)
            {
                throw new RequestRefused("give either category or indicator");
            }

            var query = new SeriesQuery(category, indicator, values.Filter() with { Category = null }, values.Text("by") != "place,year");
            return Kept(stores, query, db => db.SeriesRows(query), SeriesJson.Write);
        }));
        app.MapGet("/api/reports/{id:long}", (long id, HttpRequest request, StorePool stores) => Json(request, () =>
            Kept(stores, ("report", id), db => db.Report(id) ?? throw new ReportMissing(id), StoredReportJson.Write)));
        app.MapGet("/api/categories", (HttpRequest request) => Json(request, () =>
            JsonAnswer.Of(Bytes(CategoryNames.Matching(new RequestValues(request.Query).Text("q") ?? "").ToList(), (matching, output) =>
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
            }))));
        app.MapGet("/api/openapi.json", () => Results.Bytes(Site.Resource("openapi.json"), "application/json"));
    }

    private static SearchQuery Search(RequestValues values, int limit, int offset) =>
        new(values.Text("q", RequestValues.MaxQueryLength) ?? throw new RequestRefused("q: what to search for"), values.Filter(), limit, values.Flag("exact"), offset);

    private sealed class ReportMissing(long id) : Exception($"no report {id}");

    /// <summary>Runs the request; sends its JSON, or the error in one line with the status that says whose it is.</summary>
    /// <summary>What <paramref name="read"/> gives as JSON, kept as the bytes sent until the store changes: a repeated request costs a copy.</summary>
    private static JsonAnswer Kept<T>(StorePool stores, object key, Func<IReportStore, T> read, Action<T, Stream> write) =>
        stores.Cached(("json", key), db => JsonAnswer.Of(Bytes(read(db), write)), answer => answer.Size);

    private static byte[] Bytes<T>(T value, Action<T, Stream> write)
    {
        using var output = new MemoryStream();
        write(value, output);
        return output.ToArray();
    }

    /// <summary>
    /// JSON as sent: the bytes, and gzipped once when they are many (a series of thousands of rows is
    /// megabytes of JSON and a tenth of that gzipped), for the clients that accept it.
    /// </summary>
    private sealed record JsonAnswer(byte[] Plain, byte[]? Gzipped)
    {
        private const int GzipFrom = 16 * 1024;

        public long Size => Plain.LongLength + (Gzipped?.LongLength ?? 0);

        public static JsonAnswer Of(byte[] plain)
        {
            if (plain.Length < GzipFrom)
            {
                return new JsonAnswer(plain, null);
            }

            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Fastest))
            {
                gzip.Write(plain);
            }

            return new JsonAnswer(plain, packed.ToArray());
        }
    }

    private static IResult Json(HttpRequest request, Func<JsonAnswer> read)
    {
        int status;
        string message;
        try
        {
            var answer = read();
            var response = request.HttpContext.Response;
            response.Headers.Vary = "Accept-Encoding";
            if (answer.Gzipped is { } gzipped && request.Headers.AcceptEncoding.Any(e => e is not null && e.Contains("gzip", StringComparison.OrdinalIgnoreCase)))
            {
                response.Headers.ContentEncoding = "gzip";
                return Results.Bytes(gzipped, "application/json; charset=utf-8");
            }

            return Results.Bytes(answer.Plain, "application/json; charset=utf-8");
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
