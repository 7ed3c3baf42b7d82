using System.Globalization;
using Extractor.Ingest;
using Extractor.Store;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web;

/// <summary>What the store holds (reports and records, by province, year and type) and the files the last ingest could not read, with why.</summary>
internal static class ArchivePage
{
    public static IResult Render(StorePool stores)
    {
        var counts = stores.Use(db => db.Archive());
        var failures = FailureReport.Read(FailureReport.PathFor(stores.Database));
        return PageLayout.Page("Kho báo cáo", "/archive", html =>
        {
            html.Element("h1", "Kho báo cáo")
                .Element("p", string.Create(CultureInfo.InvariantCulture, $"{counts.Reports} báo cáo, {counts.Records} giá trị chỉ tiêu."), ("class", "count"));
            html.Open("div", ("class", "archive"));
            Counts(html, "Theo tỉnh", counts.Provinces, value => PageLayout.Link("/", ("province", value)));
            Counts(html, "Theo năm", counts.Years, value => PageLayout.Link("/", ("year", value)));
            Counts(html, "Theo loại văn bản", counts.Types, _ => null);
            html.Close("div");
            html.Element("h2", string.Create(CultureInfo.InvariantCulture, $"Tệp không nhập được ở lần nhập gần nhất ({failures.Count})"));
            if (failures.Count == 0)
            {
                html.Element("p", "Không có.");
                return;
            }

            html.Open("table", ("class", "failures")).ColumnHeads(["Tệp", "Lý do", "Chi tiết"]);
            foreach (var failure in failures)
            {
                html.Open("tr").Element("td", Path.GetFileName(failure.File)).Element("td", ReasonWords(failure.Reason)).Element("td", failure.Message).Close("tr");
            }

            html.Close("tbody").Close("table");
        });
    }

    private static void Counts(Html html, string title, IReadOnlyList<FacetCount> counts, Func<string, string?> link)
    {
        html.Open("table", ("class", "counts")).Element("caption", title).Open("tbody");
        foreach (var count in counts)
        {
            html.Open("tr").Element("th", h =>
            {
                if (link(count.Value) is { } href)
                {
                    h.Element("a", count.Value, ("href", href));
                }
                else
                {
                    h.Text(count.Value);
                }
            }, ("scope", "row")).Element("td", count.Count.ToString(CultureInfo.InvariantCulture), ("class", "num")).Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static string ReasonWords(string reason) => reason switch
    {
        "not_a_report" => "không phải báo cáo",
        "not_found" => "không thấy tệp",
        "empty" => "tệp rỗng",
        "encrypted" => "có mật khẩu",
        "corrupt" => "tệp hỏng",
        "unsupported_format" => "định dạng không đọc được",
        "limit_exceeded" => "vượt giới hạn kích thước",
        "needs_ocr" => "bản quét, cần OCR",
        "needs_libreoffice" => "cần LibreOffice để đọc tệp .doc",
        "io_error" => "lỗi đọc đĩa",
        "access_denied" => "không có quyền đọc",
        "internal_error" => "lỗi chương trình",
        _ => reason,
    };
}
