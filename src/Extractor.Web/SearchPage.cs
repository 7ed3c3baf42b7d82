using System.Globalization;
using Extractor.Store;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web;

/// <summary>
/// The search page: one box, one hit per report with the matched words marked, facets that narrow
/// the hits by province, place, year, period and category, and pages of <see cref="PageSize"/>.
/// </summary>
internal static class SearchPage
{
    public const int PageSize = 10;

    /// <summary>How many values of a facet the page lists.</summary>
    private const int FacetValuesShown = 8;

    private static readonly IReadOnlyDictionary<string, string> FacetTitles = new Dictionary<string, string>
    {
        ["province"] = "Tỉnh",
        ["place"] = "Địa bàn",
        ["year"] = "Năm",
        ["period"] = "Kỳ báo cáo",
        ["category"] = "Nhóm chỉ tiêu",
    };

    public static IResult Render(HttpRequest request, StorePool stores)
    {
        var values = new RequestValues(request.Query);
        var text = values.Text("q", RequestValues.MaxQueryLength);
        var exact = values.Flag("exact");
        var page = values.Number("page", 1, 1, RequestValues.MaxPage);
        var filters = values.Filters();
        SearchResults? results = null;
        string? refused = null;
        if (text is not null)
        {
            try
            {
                var query = new SearchQuery(text, values.Filter(), PageSize, exact, (page - 1) * PageSize);
                results = stores.Cached(query, db => db.Search(query));
            }
            catch (QuerySyntaxException e)
            {
                refused = e.Message;
            }
        }

        return PageLayout.Page(text is null ? "Tìm kiếm" : $"{text} – Tìm kiếm", "/", html =>
        {
            html.Element("h1", "Tìm trong các báo cáo");
            SearchForm(html, text, exact, filters);
            if (refused is not null)
            {
                html.Element("p", $"Không đọc được câu tìm: {refused}", ("class", "problem"), ("role", "alert"));
            }
            else if (results is not null)
            {
                Results(html, results, text!, exact, filters, page);
            }
            else
            {
                html.Element("p", "Gõ từ cần tìm, có dấu hay không dấu đều được: thu ngan sach, \"diện tích lúa\", trồng rừng OR keo. Bấm vào một kết quả để mở báo cáo đúng đoạn đó.", ("class", "hint"));
            }
        });
    }

    private static void SearchForm(Html html, string? text, bool exact, IReadOnlyList<(string Name, string Value)> filters)
    {
        html.Open("form", ("role", "search"), ("action", "/"), ("method", "get"), ("class", "search"))
            .Element("label", "Từ cần tìm", ("for", "q"))
            .Open("input", ("type", "search"), ("id", "q"), ("name", "q"), ("value", text ?? ""), ("maxlength", RequestValues.MaxQueryLength.ToString(CultureInfo.InvariantCulture)), ("autofocus", ""));
        foreach (var (name, value) in filters)
        {
            html.Open("input", ("type", "hidden"), ("name", name), ("value", value));
        }

        html.Open("label", ("class", "inline"))
            .Open("input", ("type", "checkbox"), ("name", "exact"), ("value", "1"), ("checked", exact ? "" : null))
            .Text(" Đúng dấu")
            .Close("label")
            .Element("button", "Tìm", ("type", "submit"))
            .Close("form");
    }

    private static void Results(Html html, SearchResults results, string text, bool exact, IReadOnlyList<(string Name, string Value)> filters, int page)
    {
        string Link(IEnumerable<(string Name, string Value)> with, int onPage = 1) => PageLayout.Link("/",
            [("q", text), ("exact", exact ? "1" : null), .. with.Select(f => (f.Name, (string?)f.Value)), ("page", onPage > 1 ? onPage.ToString(CultureInfo.InvariantCulture) : null)]);

        if (filters.Count > 0)
        {
            html.Open("ul", ("class", "chosen"), ("aria-label", "Đang lọc theo"));
            foreach (var filter in filters)
            {
                html.Element("li", h => h
                    .Text($"{FacetTitles[filter.Name]}: {filter.Value} ")
                    .Element("a", "bỏ lọc", ("href", Link(filters.Where(f => f != filter))), ("aria-label", $"Bỏ lọc {FacetTitles[filter.Name]} {filter.Value}")));
            }

            html.Close("ul");
        }

        var first = (page - 1) * PageSize + 1;
        html.Element("p", results.Reports == 0
            ? "Không có báo cáo nào khớp."
            : string.Create(CultureInfo.InvariantCulture, $"{results.Reports} báo cáo khớp; đang xem {first}–{first + results.Hits.Count - 1}."), ("class", "count"), ("role", "status"));
        if (results.Newest is { } newest)
        {
            html.Element("p", string.Create(CultureInfo.GetCultureInfo("vi-VN"),
                $"Truy vấn khớp khoảng {newest.Matching:N0} đoạn: chỉ xếp hạng trong {newest.Ranked:N0} báo cáo mới nhất (từ năm {newest.FromYear.ToString(CultureInfo.InvariantCulture)}) của {newest.Archive:N0} báo cáo; thêm từ hoặc bộ lọc để xếp hạng toàn bộ kho."),
                ("class", "newest-only"));
        }

        html.Open("div", ("class", "results"));
        html.Open("ol", ("class", "hits"), ("start", first.ToString(CultureInfo.InvariantCulture)));
        foreach (var hit in results.Hits)
        {
            html.Open("li", ("class", "hit"))
                .Element("a", hit.Report, ("href", ReportPage.LinkAt(hit.ReportId, hit.Snippet.Text)), ("class", "report"))
                .Element("p", string.Join(" · ", new[] { hit.Place, hit.Period, hit.Section.Length > 0 ? $"mục {hit.Section}" : null, SourceWords(hit.Source), $"{hit.Matches} đoạn khớp" }.Where(s => !string.IsNullOrEmpty(s))), ("class", "where"))
                .Open("p", ("class", "snippet"));
            html.Trusted(hit.Snippet.Format("<mark>", "</mark>", Html.Encode));
            html.Close("p");
            if (hit.Files.Count > 1)
            {
                html.Element("p", $"Cùng văn bản: {string.Join(", ", hit.Files.Skip(1))}", ("class", "twins"));
            }

            html.Close("li");
        }

        html.Close("ol");
        html.Open("nav", ("class", "pages"), ("aria-label", "Trang kết quả"));
        if (page > 1)
        {
            html.Element("a", "‹ Trang trước", ("href", Link(filters, page - 1)), ("rel", "prev"));
        }

        if (first - 1 + results.Hits.Count < results.Reports)
        {
            html.Element("a", "Trang sau ›", ("href", Link(filters, page + 1)), ("rel", "next"));
        }

        html.Close("nav").Close("div");

        html.Open("aside", ("class", "facets"), ("aria-label", "Thu hẹp kết quả"));
        foreach (var name in SearchResults.FacetNames.Where(n => results.Facets[n].Count > 0 && filters.All(f => f.Name != n)))
        {
            html.Element("h2", FacetTitles[name]).Open("ul");
            foreach (var facet in results.Facets[name].Take(FacetValuesShown))
            {
                html.Element("li", h => h
                    .Element("a", name == "category" ? CategoryNames.Of(facet.Value) : facet.Value, ("href", Link([.. filters, (name, facet.Value)])))
                    .Element("span", facet.Count.ToString(CultureInfo.InvariantCulture), ("class", "n")));
            }

            html.Close("ul");
        }

        html.Close("aside");
    }

    private static string SourceWords(PassageKind kind) => kind switch
    {
        PassageKind.Footnote => "chú thích",
        PassageKind.Title => "tiêu đề",
        _ => "nội dung",
    };
}
