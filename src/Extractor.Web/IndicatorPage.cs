using System.Globalization;
using Extractor.Export;
using Extractor.Layout;
using Extractor.Records;
using Extractor.Store;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web;

/// <summary>
/// One indicator across places and periods: chosen by category (found by typing its name, diacritics
/// optional) or by the words of its label, narrowed by place, province and years; shown as a table
/// place x period whose every value links to the sentence it was read from, as a chart, and as the
/// CSV and XLSX files the CLI writes.
/// </summary>
internal static class IndicatorPage
{
    /// <summary>What the page and its downloads read from a request.</summary>
    private sealed record Choice(string? Category, string? Indicator, ReportFilter Filter, bool ByPeriod)
    {
        public bool Any => Category is not null || Indicator is not null;

        public SeriesQuery Query => new(Category, Indicator, Filter with { Category = null }, ByPeriod);

        public static Choice From(HttpRequest request)
        {
            var values = new RequestValues(request.Query);
            return new Choice(values.Text("category"), values.Text("indicator", RequestValues.MaxQueryLength), values.Filter(), values.Text("by") != "year");
        }

        public string Link(string path) => PageLayout.Link(path,
            ("category", Category), ("indicator", Indicator), ("place", Filter.Place), ("province", Filter.Province),
            ("year", Filter.Years?.ToString()), ("by", ByPeriod ? null : "year"));
    }

    public static IResult Render(HttpRequest request, StorePool stores)
    {
        var choice = Choice.From(request);
        IReadOnlyList<IndicatorRecord> records = [];
        string? refused = null;
        if (choice.Any)
        {
            try
            {
                records = Records(stores, choice);
            }
            catch (QuerySyntaxException e)
            {
                refused = e.Message;
            }
        }

        var title = choice.Category is { } category ? CategoryNames.Of(category) : choice.Indicator ?? "Chỉ tiêu";
        return PageLayout.Page(title, "/indicators", html =>
        {
            html.Element("h1", "So sánh chỉ tiêu giữa các địa bàn và các năm");
            Form(html, choice);
            if (refused is not null)
            {
                html.Element("p", $"Không đọc được từ khóa chỉ tiêu: {refused}", ("class", "problem"), ("role", "alert"));
                return;
            }

            if (!choice.Any)
            {
                html.Element("p", "Chọn một nhóm chỉ tiêu (gõ tên để lọc, có dấu hay không đều được) hoặc gõ từ khóa của chỉ tiêu, rồi bấm Xem.", ("class", "hint"));
                return;
            }

            if (records.Count == 0)
            {
                html.Element("p", "Không có số liệu nào cho lựa chọn này.", ("role", "status"));
                return;
            }

            html.Open("p", ("class", "downloads"))
                .Text(string.Create(CultureInfo.InvariantCulture, $"{records.Count} giá trị. Tải bảng: "))
                .Element("a", "CSV", ("href", choice.Link("/indicators/table.csv")), ("download", ""))
                .Text(" · ")
                .Element("a", "Excel (XLSX)", ("href", choice.Link("/indicators/table.xlsx")), ("download", ""))
                .Close("p");
            foreach (var unit in records.GroupBy(r => r.Unit).OrderByDescending(g => g.Count()))
            {
                Table(html, title, [.. unit], unit.Key, choice.ByPeriod);
            }
        });
    }

    /// <summary>The records of the page's choice as the CLI's export writes them.</summary>
    public static IResult Download(HttpRequest request, StorePool stores, string format)
    {
        var choice = Choice.From(request);
        if (!choice.Any)
        {
            throw new RequestRefused("category or indicator: choose one");
        }

        var records = Records(stores, choice);
        using var file = new MemoryStream();
        if (format == "xlsx")
        {
            IndicatorXlsx.Write(records, file);
        }
        else
        {
            IndicatorCsv.Write(records, file);
        }

        var name = $"chi-tieu-{choice.Category ?? "tu-khoa"}.{format}";
        return Results.File(file.ToArray(), format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
    }

    /// <summary>
    /// Where a period's column stands: by year, then by the month it ends and the month it starts
    /// ("quý I/2023", "6 tháng đầu năm 2023", "tháng 7/2023", "9 tháng năm 2023", "năm 2023"), as the label reads.
    /// </summary>
    internal static (int Year, int LastMonth, int FirstMonth, string Label) PeriodOrder(string label, int? year) =>
        PeriodText.Find(label, year) is { } period
            ? (period.Year, period.LastMonth, period.FirstMonth, label)
            : (year ?? 0, 12, 1, label);

    /// <summary>The choice's records, kept until the store changes; a record with its texts weighs about a kilobyte.</summary>
    private static IReadOnlyList<IndicatorRecord> Records(StorePool stores, Choice choice) =>
        stores.Cached(("records", choice.Query), db => db.Series(choice.Query), records => records.Count * 1024L);

    private static void Form(Html html, Choice choice)
    {
        html.Open("form", ("action", "/indicators"), ("method", "get"), ("class", "choose"))
            .Element("label", "Tìm nhóm chỉ tiêu", ("for", "find"))
            .Open("input", ("type", "search"), ("id", "find"), ("data-filters", "category"), ("placeholder", "vd. dien tich, thu ngan sach"), ("autocomplete", "off"))
            .Element("label", "Nhóm chỉ tiêu", ("for", "category"))
            .Open("select", ("id", "category"), ("name", "category"))
            .Element("option", "— không chọn —", ("value", ""));
        foreach (var (code, name) in CategoryNames.All)
        {
            html.Element("option", $"{name} ({code})", ("value", code), ("selected", code == choice.Category ? "" : null));
        }

        html.Close("select")
            .Element("label", "hoặc từ khóa của chỉ tiêu", ("for", "indicator"))
            .Open("input", ("type", "text"), ("id", "indicator"), ("name", "indicator"), ("value", choice.Indicator ?? ""), ("placeholder", "vd. dien tich lua"))
            .Element("label", "Địa bàn", ("for", "place"))
            .Open("input", ("type", "text"), ("id", "place"), ("name", "place"), ("value", choice.Filter.Place ?? ""))
            .Element("label", "Tỉnh", ("for", "province"))
            .Open("input", ("type", "text"), ("id", "province"), ("name", "province"), ("value", choice.Filter.Province ?? ""))
            .Element("label", "Năm (2023 hoặc 2021-2024)", ("for", "year"))
            .Open("input", ("type", "text"), ("id", "year"), ("name", "year"), ("value", choice.Filter.Years?.ToString() ?? ""))
            .Element("label", "Theo", ("for", "by"))
            .Open("select", ("id", "by"), ("name", "by"))
            .Element("option", "kỳ báo cáo", ("value", "period"), ("selected", choice.ByPeriod ? "" : null))
            .Element("option", "năm", ("value", "year"), ("selected", choice.ByPeriod ? null : ""))
            .Close("select")
            .Element("button", "Xem", ("type", "submit"))
            .Close("form");
    }

    private static void Table(Html html, string title, IReadOnlyList<IndicatorRecord> records, string unit, bool byPeriod)
    {
        string PeriodOf(IndicatorRecord r) => byPeriod && r.Period is not null ? r.Period : r.Year?.ToString(CultureInfo.InvariantCulture) ?? "?";
        var periods = records.Select(r => (r.Year, Label: PeriodOf(r))).Distinct().OrderBy(p => PeriodOrder(p.Label, p.Year)).Select(p => p.Label).ToList();
        var places = records.Select(r => r.Place ?? "?").Distinct().Order(StringComparer.Ordinal).ToList();
        var cells = records.GroupBy(r => (Place: r.Place ?? "?", Period: PeriodOf(r))).ToDictionary(g => g.Key, g => g.First());

        html.Open("section", ("class", "series"), ("aria-label", $"{title} ({unit})"))
            .Element("h2", $"{title} – {unit}")
            .Trusted(SeriesChart.Svg($"{title} ({unit}) theo địa bàn và kỳ", places, periods, (place, period) => cells.TryGetValue((place, period), out var r) ? r.Value : null, unit));
        html.Open("table", ("class", "series-table")).Element("caption", $"{title} ({unit}); bấm vào số để xem câu gốc").ColumnHeads(["Địa bàn", .. periods]);
        foreach (var place in places)
        {
            html.Open("tr").Element("th", place, ("scope", "row"));
            foreach (var period in periods)
            {
                if (cells.TryGetValue((place, period), out var record))
                {
                    html.Element("td", h => h.Element("a", Numbers.Vietnamese(record.Value),
                        ("href", PageLayout.Link("/reports/named", ("name", record.Report), ("at", record.Evidence)) + "#hit"),
                        ("title", record.Evidence),
                        ("data-value", IndicatorColumns.Format(record.Value))), ("class", "num"));
                }
                else
                {
                    html.Element("td", "", ("class", "num"));
                }
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("section");
    }
}
