using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extractor.Export;
using Extractor.Records;
using NUnit.Framework;

namespace Extractor.Tests.Export;

public sealed class IndicatorExportTests
{
    private static readonly IndicatorRecord Rice = new(
        "huyen-van-quan-6-thang-2024.docx", "huyện Văn Quan", "Lạng Sơn", 2024, "6 tháng đầu năm 2024", "Phần I > II > 1 > a)",
        "Vụ đông xuân: cây lúa", "crop_area", 1448.29m, "ha", 96m, 98.8m, false, false, false, RecordSource.Footnote, 2,
        "1.448,29 ha", "Cây lúa 1.448,29 ha, đạt 96% KH, bằng 98,8% CK");

    private static readonly IndicatorRecord Hostile = Rice with
    {
        Indicator = "=HYPERLINK(\"http://x\")", Evidence = "- Tổng nguồn vốn", Raw = "+1 ha", Place = "@cmd", Value = -2m,
        PlanPercent = null, YearOnYearPercent = null, Footnote = null, Source = RecordSource.Body, Estimate = true,
    };

    [Test]
    public void Csv_has_bom_the_contract_header_and_invariant_numbers()
    {
        var bytes = WriteCsv(Rice);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.That(lines[0], Is.EqualTo("report,place,province,year,period,section,indicator,category,value,unit,plan_pct,yoy_pct,estimate,cumulative,approximate,source,footnote,raw,evidence,page"), "the contract's columns in its order, then the additions");
        Assert.That(lines[1], Is.EqualTo(
            "huyen-van-quan-6-thang-2024.docx,huyện Văn Quan,Lạng Sơn,2024,6 tháng đầu năm 2024,Phần I > II > 1 > a),"
            + "Vụ đông xuân: cây lúa,crop_area,1448.29,ha,96,98.8,false,false,false,footnote,2,\"1.448,29 ha\",\"Cây lúa 1.448,29 ha, đạt 96% KH, bằng 98,8% CK\","));
        Assert.That(lines[2], Is.Empty);
    }

    [Test]
    public void Csv_neutralises_formulas_in_text_but_keeps_negative_numbers()
    {
        var row = Encoding.UTF8.GetString(WriteCsv(Hostile)[3..]).Split("\r\n")[1];
        Assert.That(row, Does.Contain(",\"'@cmd\","));
        Assert.That(row, Does.Contain(",\"'=HYPERLINK(\"\"http://x\"\")\","));
        Assert.That(row, Does.Contain(",-2,ha,,,true,"));
        Assert.That(row, Does.Contain(",\"'+1 ha\",\"'- Tổng nguồn vốn\""));
    }

    [Test]
    public void Xlsx_types_cells_freezes_the_header_and_filters()
    {
        using var stream = new MemoryStream();
        IndicatorXlsx.Write([Rice, Hostile], stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.That(rows, Has.Count.EqualTo(3));

        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.That(header, Is.EqualTo(IndicatorColumns.All.Select(c => c.Name)));

        var value = rows[1].Elements<Cell>().ElementAt(8);
        Assert.That((value.DataType?.Value, value.CellValue?.Text), Is.EqualTo((CellValues.Number, "1448.29")));
        var indicator = rows[2].Elements<Cell>().ElementAt(6);
        Assert.That(indicator.DataType?.Value, Is.EqualTo(CellValues.InlineString));
        Assert.That(indicator.CellFormula, Is.Null);
        Assert.That(indicator.InnerText, Is.EqualTo("=HYPERLINK(\"http://x\")"));
        Assert.That(rows[2].Elements<Cell>().ElementAt(12).DataType?.Value, Is.EqualTo(CellValues.Boolean));

        Assert.That(sheet.Descendants<Pane>().Single().State?.Value, Is.EqualTo(PaneStateValues.Frozen));
        Assert.That(sheet.Descendants<AutoFilter>().Single().Reference?.Value, Is.EqualTo("A1:T3"));
    }

    [Test]
    public void Csv_and_xlsx_end_each_row_with_the_page_the_record_was_read_from()
    {
        var onPage = Rice with { Report = "huyen-van-quan-6-thang-2024.pdf", Page = 7 };

        var csv = Encoding.UTF8.GetString(WriteCsv(onPage, Rice)[3..]).Split("\r\n");
        Assert.That(csv[1], Does.EndWith("bằng 98,8% CK\",7"));
        Assert.That(csv[2], Does.EndWith("bằng 98,8% CK\","), "a DOCX record has no page");

        using var stream = new MemoryStream();
        IndicatorXlsx.Write([onPage, Rice], stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.That(rows[0].Elements<Cell>().Last().InnerText, Is.EqualTo("page"));
        var page = rows[1].Elements<Cell>().Last();
        Assert.That((page.CellReference?.Value, page.DataType?.Value, page.CellValue?.Text), Is.EqualTo(("T2", CellValues.Number, "7")));
        Assert.That(rows[2].Elements<Cell>().Last().CellValue, Is.Null);
    }

    private static byte[] WriteCsv(params IndicatorRecord[] records)
    {
        using var stream = new MemoryStream();
        IndicatorCsv.Write(records, stream);
        return stream.ToArray();
    }
}
