using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extractor.Records;

namespace Extractor.Export;

/// <summary>
/// Writes records as a real spreadsheet, for users whose locale breaks CSV: one sheet,
/// a bold frozen header row with a filter, numbers as numeric cells, flags as booleans,
/// text as inline strings (never formulas).
/// </summary>
public static class IndicatorXlsx
{
    public static void Write(IEnumerable<IndicatorRecord> records, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var columns = IndicatorColumns.All;
        var data = new SheetData();
        data.Append(Row(1, columns.Select(c => (ExportCell)new TextCell(c.Name)), headerStyle: 1));
        uint rowIndex = 2;
        foreach (var record in records)
        {
            data.Append(Row(rowIndex++, columns.Select(c => c.Cell(record)), headerStyle: 0));
        }

        var lastColumn = ColumnName(columns.Count);
        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { TabSelected = true, WorkbookViewId = 0 }),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{rowIndex - 1}" });

        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "indicators" }));
        workbook.Workbook.Append(new DefinedNames(new DefinedName($"indicators!$A$1:${lastColumn}${rowIndex - 1}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = 0,
            Hidden = true,
        }));
    }

    private static Row Row(uint index, IEnumerable<ExportCell> cells, uint headerStyle)
    {
        var row = new Row { RowIndex = index };
        var column = 1;
        foreach (var cell in cells)
        {
            var reference = $"{ColumnName(column++)}{index}";
            row.Append(cell switch
            {
                TextCell t => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(t.Text ?? "") { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference, DataType = CellValues.InlineString, StyleIndex = headerStyle,
                },
                NumberCell { Number: { } n } => new Cell(new CellValue(IndicatorColumns.Format(n))) { CellReference = reference, DataType = CellValues.Number },
                NumberCell => new Cell { CellReference = reference },
                FlagCell f => new Cell(new CellValue(f.Flag ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
                _ => throw new ArgumentOutOfRangeException(nameof(cells)),
            });
        }

        return row;
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    // Style 0: default; style 1: bold header.
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
