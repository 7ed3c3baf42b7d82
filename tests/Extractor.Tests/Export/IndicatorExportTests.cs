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
        "1.448,29 ha", "Cây lúa 1.448,29 ha, đạt 96% KH, bằng 98,8% CK")
    {
        Dimensions = RecordDimensions.Parse("crop=lúa; season=đông xuân"),
    };

    // What linking and the change rules add: a code with its name and confidence, a plan's kind, a signed change.
    private static readonly IndicatorRecord Linked = Rice with
    {
        IndicatorCode = "NN.DT.LUA", IndicatorName = "Diện tích gieo trồng lúa", IndicatorConfidence = 0.875,
        Kind = RecordKind.Plan, ChangePercent = -7.53m, Change = -629m,
    };

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
        Assert.That(lines[0], Is.EqualTo(
            "report,place,province,year,period,section,indicator,category,value,unit,plan_pct,yoy_pct,estimate,cumulative,approximate,source,footnote,raw,evidence,"
            + "indicator_code,indicator_name,dimensions,indicator_confidence,kind,change_pct,change,page"),
            "the contract's columns in its order, then the design's indicator columns in its order, then the additions");
        Assert.That(lines[1], Is.EqualTo(
            "huyen-van-quan-6-thang-2024.docx,huyện Văn Quan,Lạng Sơn,2024,6 tháng đầu năm 2024,Phần I > II > 1 > a),"
            + "Vụ đông xuân: cây lúa,crop_area,1448.29,ha,96,98.8,false,false,false,footnote,2,\"1.448,29 ha\",\"Cây lúa 1.448,29 ha, đạt 96% KH, bằng 98,8% CK\","
            + ",,crop=lúa; season=đông xuân,,actual,,,"));
        Assert.That(lines[2], Is.Empty);
    }

    [Test]
    public void Csv_writes_the_linked_indicator_the_kind_and_signed_changes()
    {
        var row = Encoding.UTF8.GetString(WriteCsv(Linked)[3..]).Split("\r\n")[1];
        Assert.That(row, Does.EndWith(",NN.DT.LUA,Diện tích gieo trồng lúa,crop=lúa; season=đông xuân,0.875,plan,-7.53,-629,"));
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
        IndicatorXlsx.Write([Linked, Hostile], stream);
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
        var added = rows[1].Elements<Cell>().Skip(19).Take(7).Select(c => (c.DataType?.Value, c.InnerText)).ToList();
        Assert.That(added, Is.EqualTo(new (CellValues?, string)[]
        {
            (CellValues.InlineString, "NN.DT.LUA"), (CellValues.InlineString, "Diện tích gieo trồng lúa"), (CellValues.InlineString, "crop=lúa; season=đông xuân"),
            (CellValues.Number, "0.875"), (CellValues.InlineString, "plan"), (CellValues.Number, "-7.53"), (CellValues.Number, "-629"),
        }), "the code, name, dimensions and kind as text; the confidence and the changes as numbers");

        Assert.That(sheet.Descendants<Pane>().Single().State?.Value, Is.EqualTo(PaneStateValues.Frozen));
        Assert.That(sheet.Descendants<AutoFilter>().Single().Reference?.Value, Is.EqualTo("A1:AA3"));
    }

    [Test]
    public void Csv_and_xlsx_end_each_row_with_the_page_the_record_was_read_from()
    {
        var onPage = Rice with { Report = "huyen-van-quan-6-thang-2024.pdf", Page = 7 };

        var csv = Encoding.UTF8.GetString(WriteCsv(onPage, Rice)[3..]).Split("\r\n");
        Assert.That(csv[1], Does.EndWith("bằng 98,8% CK\",,,crop=lúa; season=đông xuân,,actual,,,7"));
        Assert.That(csv[2], Does.EndWith("bằng 98,8% CK\",,,crop=lúa; season=đông xuân,,actual,,,"), "a DOCX record has no page");

        using var stream = new MemoryStream();
        IndicatorXlsx.Write([onPage, Rice], stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.That(rows[0].Elements<Cell>().Last().InnerText, Is.EqualTo("page"));
        var page = rows[1].Elements<Cell>().Last();
        Assert.That((page.CellReference?.Value, page.DataType?.Value, page.CellValue?.Text), Is.EqualTo(("AA2", CellValues.Number, "7")));
        Assert.That(rows[2].Elements<Cell>().Last().CellValue, Is.Null);
    }

    private static byte[] WriteCsv(params IndicatorRecord[] records)
    {
        using var stream = new MemoryStream();
        IndicatorCsv.Write(records, stream);
        return stream.ToArray();
    }
}
