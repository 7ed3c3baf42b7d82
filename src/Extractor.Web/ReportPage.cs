using System.Globalization;
using Extractor.Export;
using Extractor.Model;
using Extractor.Records;
using Extractor.Store;
using Microsoft.AspNetCore.Http;

namespace Extractor.Web;

/// <summary>
/// One stored report: its metadata, the section tree as navigation, every paragraph with its footnote
/// references linked to the notes and the records found in it marked in place, the notes, the records,
/// its files to download, and what its reader noticed (OCR, a legacy encoding).
/// </summary>
internal static class ReportPage
{
    /// <summary>How much of a passage a link carries to find it again on the report's page.</summary>
    private const int AnchorLength = 60;

    /// <summary>The report's page, opened at the first paragraph or note holding <paramref name="passage"/>'s text.</summary>
    public static string LinkAt(long report, string passage)
    {
        // A snippet is cut with "…" at its ends: the longest piece between them is the passage's own text.
        var piece = passage.Split('…').MaxBy(p => p.Trim().Length)!.Trim();
        return PageLayout.Link(Path(report), ("at", piece.Length > AnchorLength ? piece[..AnchorLength] : piece)) + "#hit";
    }

    /// <summary>A report as kept in memory: its text twice over (UTF-16), and about a kilobyte a record.</summary>
    private static long Size(StoredReportView? report) =>
        report is null ? 64 : report.Paragraphs.Sum(p => (long)p.Text.Length * 2) + report.Footnotes.Sum(n => (long)n.Text.Length * 2) + report.Records.Count * 1024L;

    /// <summary>The stored report, kept until the store changes; null when there is none.</summary>
    public static StoredReportView? Read(StorePool stores, long id) => stores.Cached(("report", id), db => db.Report(id), Size);

    public static string Path(long report) => string.Create(CultureInfo.InvariantCulture, $"/reports/{report}");

    public static IResult Render(long id, HttpRequest request, StorePool stores)
    {
        var at = new RequestValues(request.Query).Text("at", RequestValues.MaxQueryLength);
        var report = Read(stores, id);
        if (report is null)
        {
            return PageLayout.Problem("Không có báo cáo này", string.Create(CultureInfo.InvariantCulture, $"Kho không có báo cáo số {id}."), StatusCodes.Status404NotFound);
        }

        var marks = RecordMarks.Place(report);
        var referenced = new HashSet<int>();
        // Paragraphs stand on the page with those before the first section first, then section by section.
        var bySection = report.Paragraphs.ToLookup(p => p.SectionId);
        var hit = HitLocation.Find([.. bySection[null], .. report.Sections.SelectMany(s => bySection[s.Id])], report.Footnotes, at);
        var m = report.Metadata;
        return PageLayout.Page(m.Title ?? report.Name, "", html =>
        {
            html.Element("h1", m.Title ?? report.Name);
            html.Open("dl", ("class", "metadata"));
            foreach (var (term, value) in new[]
            {
                ("Loại văn bản", m.Type), ("Số", m.Number), ("Ngày", m.Date), ("Cơ quan ban hành", m.Issuer),
                ("Địa bàn", m.Place), ("Tỉnh", m.Province), ("Kỳ báo cáo", m.Period), ("Tệp đọc", report.Name),
            }.Where(p => !string.IsNullOrEmpty(p.Item2)))
            {
                html.Element("dt", term).Element("dd", value);
            }

            html.Close("dl");
            Files(html, report);
            Diagnostics(html, report);
            html.Open("div", ("class", "report"));
            Contents(html, report);
            html.Open("article", ("aria-label", "Nội dung báo cáo"));
            foreach (var paragraph in bySection[null])
            {
                Paragraph(html, paragraph, marks, hit, referenced);
            }

            foreach (var section in report.Sections)
            {
                html.Element($"h{Math.Min(section.Level + 1, 6)}", $"{section.Label}. {section.Title}".TrimStart('.', ' '),
                    ("id", string.Create(CultureInfo.InvariantCulture, $"s-{section.Id}")));
                foreach (var paragraph in bySection[section.Id])
                {
                    Paragraph(html, paragraph, marks, hit, referenced);
                }
            }

            Footnotes(html, report, marks, hit, referenced);
            html.Close("article").Close("div");
            Records(html, report);
        });
    }

    private static void Files(Html html, StoredReportView report)
    {
        html.Element("h2", "Tệp của văn bản").Open("ul", ("class", "files"));
        for (var i = 0; i < report.Files.Count; i++)
        {
            var file = report.Files[i];
            html.Element("li", h => h
                .Element("a", System.IO.Path.GetFileName(file.Path), ("href", string.Create(CultureInfo.InvariantCulture, $"{Path(report.Id)}/files/{i}")), ("download", ""))
                .Text($" ({FormatWords(file.Format)}{(file.Read ? ", tệp được đọc" : "")})"));
        }

        html.Close("ul");
    }

    private static void Diagnostics(Html html, StoredReportView report)
    {
        if (report.Diagnostics.Count == 0)
        {
            return;
        }

        html.Element("h2", "Ghi chú khi đọc").Open("ul", ("class", "diagnostics"));
        foreach (var d in report.Diagnostics)
        {
            html.Element("li", h => h
                .Element("strong", DiagnosticWords(d.Code))
                .Text(d.Page is { } page ? string.Create(CultureInfo.InvariantCulture, $" (trang {page})") : "")
                .Text($": {d.Message}"));
        }

        html.Close("ul");
    }

    private static void Contents(Html html, StoredReportView report)
    {
        html.Open("nav", ("class", "contents"), ("aria-label", "Mục lục"));
        html.Element("h2", "Mục lục");
        var children = report.Sections.ToLookup(s => s.ParentId);
        void Level(long? parent)
        {
            html.Open("ul");
            foreach (var section in children[parent])
            {
                html.Open("li").Element("a", $"{section.Label}. {section.Title}".TrimStart('.', ' '), ("href", string.Create(CultureInfo.InvariantCulture, $"#s-{section.Id}")));
                if (children[section.Id].Any())
                {
                    Level(section.Id);
                }

                html.Close("li");
            }

            html.Close("ul");
        }

        Level(null);
        html.Close("nav");
    }

    private static void Paragraph(Html html, StoredParagraph paragraph, RecordMarks marks, HitLocation hit, ISet<int> referenced)
    {
        html.Open("p", ("id", hit.Is(paragraph) ? "hit" : null), ("class", hit.Is(paragraph) ? "at-hit" : null));
        Marked(html, paragraph.Text, marks.In(paragraph), paragraph.FootnoteRefs, referenced);
        html.Close("p");
    }

    private static void Footnotes(Html html, StoredReportView report, RecordMarks marks, HitLocation hit, ISet<int> referenced)
    {
        if (report.Footnotes.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "footnotes"), ("aria-labelledby", "notes")).Element("h2", "Chú thích", ("id", "notes")).Open("ol");
        foreach (var note in report.Footnotes)
        {
            var here = hit.Is(note);
            html.Open("li", ("id", here ? "hit" : $"fn-{note.Number}"), ("class", here ? "at-hit" : null), ("value", note.Number.ToString(CultureInfo.InvariantCulture)));
            if (here)
            {
                // The note keeps an anchor for its references even where the hit took its id.
                html.Open("span", ("id", $"fn-{note.Number}")).Close("span");
            }

            Marked(html, note.Text, marks.In(note), [], referenced);
            if (referenced.Contains(note.Number))
            {
                html.Text(" ").Element("a", "↩", ("href", $"#ref-{note.Number}"), ("aria-label", $"Về chỗ dẫn chú thích {note.Number}"));
            }

            html.Close("li");
        }

        html.Close("ol").Close("section");
    }

    /// <summary>
    /// The text with the records' quantities marked and footnote reference numbers linked, the rest encoded.
    /// A reference is linked back to from its note by the id of its first occurrence (<paramref name="referenced"/> holds those already given).
    /// </summary>
    private static void Marked(Html html, string text, IReadOnlyList<RecordMark> marks, IReadOnlyList<FootnoteRef> references, ISet<int> referenced)
    {
        var at = 0;
        var pending = new Queue<FootnoteRef>(references.OrderBy(r => r.Offset));
        void TextTo(int end)
        {
            while (pending.TryPeek(out var reference) && reference.Offset <= end)
            {
                pending.Dequeue();
                // A reference standing inside a marked quantity follows the mark.
                var upTo = Math.Clamp(reference.Offset, at, text.Length);
                var number = reference.Number.ToString(CultureInfo.InvariantCulture);
                html.Text(text[at..upTo]).Open("sup")
                    .Element("a", number, ("href", $"#fn-{number}"), ("id", referenced.Add(reference.Number) ? $"ref-{number}" : null), ("aria-label", $"Chú thích {number}"))
                    .Close("sup");
                at = upTo;
            }

            html.Text(text[at..end]);
            at = end;
        }

        foreach (var mark in marks)
        {
            TextTo(mark.Start);
            html.Element("mark", text.Substring(mark.Start, mark.Length), ("class", "record"), ("title", mark.Title));
            at = mark.Start + mark.Length;
        }

        TextTo(text.Length);
    }

    private static void Records(Html html, StoredReportView report)
    {
        html.Element("h2", string.Create(CultureInfo.InvariantCulture, $"Số liệu trích xuất ({report.Records.Count})"), ("id", "records"));
        if (report.Records.Count == 0)
        {
            return;
        }

        html.Open("table", ("class", "records")).ColumnHeads(["Mục", "Chỉ tiêu", "Nhóm", "Giá trị", "Đơn vị", "% KH", "% CK", "Nguyên văn"]);
        foreach (var r in report.Records)
        {
            html.Open("tr")
                .Element("td", r.Section).Element("td", r.Indicator).Element("td", CategoryNames.Of(r.Category))
                .Element("td", Numbers.Vietnamese(r.Value), ("class", "num")).Element("td", r.Unit)
                .Element("td", r.PlanPercent is { } plan ? Numbers.Vietnamese(plan) : "", ("class", "num"))
                .Element("td", r.YearOnYearPercent is { } yoy ? Numbers.Vietnamese(yoy) : "", ("class", "num"))
                .Element("td", r.Raw)
                .Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static string FormatWords(string format) => format switch
    {
        "docx" => "Word",
        "doc" => "Word 97-2003",
        "pdf" => "PDF",
        "scan" => "PDF quét, đọc bằng OCR",
        "text" => "văn bản thuần",
        _ => format,
    };

    private static string DiagnosticWords(string code) => code switch
    {
        "ocr_used" => "Đọc bằng OCR",
        "needs_ocr" or "ocr_unavailable" => "Trang quét chưa được đọc",
        "ocr_failed" or "ocr_text_unusable" or "text_layer_unusable" => "Bỏ qua trang không đọc được",
        "legacy_encoding_decoded" => "Giải mã bảng mã cũ (TCVN3/VNI)",
        "converted_by_libreoffice" => "Chuyển từ Word 97-2003 bằng LibreOffice",
        "pdf_repaired" => "Sửa cấu trúc PDF hỏng",
        "signing_stamp_removed" => "Bỏ dấu chữ ký số",
        _ => code,
    };
}
