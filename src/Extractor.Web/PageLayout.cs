using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Extractor.Web;

/// <summary>The frame every page shares: language, title, the navigation between the four pages, the style sheet and script.</summary>
internal static class PageLayout
{
    private static readonly (string Path, string Name)[] Sections =
    [
        ("/", "Tìm kiếm"),
        ("/indicators", "Chỉ tiêu"),
        ("/archive", "Kho báo cáo"),
    ];

    public static IResult Page(string title, string activePath, Action<Html> main, int status = StatusCodes.Status200OK)
    {
        var html = new Html();
        html.Trusted("<!DOCTYPE html>")
            .Open("html", ("lang", "vi"))
            .Open("head")
            .Trusted("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", $"{title} · Extractor")
            .Trusted("<link rel=\"stylesheet\" href=\"/site.css\"><script src=\"/site.js\" defer></script>")
            .Close("head")
            .Open("body")
            .Element("a", "Bỏ qua, đến nội dung chính", ("href", "#main"), ("class", "skip"))
            .Open("header")
            .Element("a", "Extractor", ("href", "/"), ("class", "brand"))
            .Open("nav", ("aria-label", "Các trang"))
            .Open("ul");
        foreach (var (path, name) in Sections)
        {
            html.Element("li", h => h.Element("a", name, ("href", path), ("aria-current", path == activePath ? "page" : null)));
        }

        html.Close("ul").Close("nav").Close("header")
            .Open("main", ("id", "main"));
        main(html);
        html.Close("main").Close("body").Close("html");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>A page that says what went wrong in one line, in place of what was asked.</summary>
    public static IResult Problem(string title, string message, int status) => Page(title, "", html => html
        .Element("h1", title)
        .Element("p", message, ("class", "problem"), ("role", "alert")), status);

    /// <summary>A link to <paramref name="path"/> with the parameters that have a value.</summary>
    public static string Link(string path, params IEnumerable<(string Name, string? Value)> parameters) =>
        QueryHelpers.AddQueryString(path, parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)));
}
