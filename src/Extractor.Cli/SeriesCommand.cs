using System.CommandLine;
using System.Globalization;
using Extractor.Export;
using Extractor.Store;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor series --db FILE (--category C | --indicator TEXT) [--by place,year] [filters] [--json] [--out FILE]</c>:
/// one value per place and year (and period) in its canonical unit, with the report it came from.
/// </summary>
internal static class SeriesCommand
{
    public static Command Create()
    {
        var indicator = new Option<string>("--indicator") { Description = "Words of the indicator label, in the search syntax: \"dien tich lua\"." };
        var by = new Option<string>("--by") { Description = "Row per place,year,period (default) or per place,year (the report covering most months wins).", DefaultValueFactory = _ => "place,year,period" };
        var json = new Option<bool>("--json") { Description = "Write {\"rows\": [...]} as JSON." };
        var output = new Option<FileInfo>("--out") { Description = "Write the rows' records to a .csv or .xlsx file (the export columns)." };
        var store = new StoreOptions();
        var command = new Command("series", "One indicator across places and years: the planner's table.") { indicator, by, json, output };
        store.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(store.Category) is null == result.GetValue(indicator) is null)
            {
                result.AddError("give either --category or --indicator");
            }

            if (result.GetValue(by) is not (null or "place,year,period" or "place,year"))
            {
                result.AddError("--by is place,year,period or place,year");
            }

            if (result.GetValue(output) is { } file && ExportCommand.FormatOf(file) is null)
            {
                result.AddError($"--out: {file.Name} is neither .csv nor .xlsx");
            }
        });
        command.SetAction(parse => StoreErrors.Run(() =>
        {
            using var db = store.OpenStore(parse);
            // The category names the series; as a filter it would repeat itself.
            var filter = store.Filter(parse) with { Category = null };
            var query = new SeriesQuery(parse.GetValue(store.Category), parse.GetValue(indicator), filter, parse.GetValue(by) != "place,year");
            // Whole records only for the export columns; the table and JSON read the light rows,
            // or show the records already read.
            if (parse.GetValue(output) is { } file)
            {
                var records = db.Series(query);
                ExportCommand.Write(records, file);
                if (parse.GetValue(json))
                {
                    WriteJson([.. records.Select(SeriesRow.Of)]);
                }
            }
            else if (parse.GetValue(json))
            {
                WriteJson(db.SeriesRows(query));
            }
            else
            {
                Render(db.SeriesRows(query));
            }

            return CommandErrors.Ok;
        }));
        return command;
    }

    private static void WriteJson(IReadOnlyList<SeriesRow> rows)
    {
        using var stdout = Console.OpenStandardOutput();
        SeriesJson.Write(rows, stdout);
        stdout.WriteByte((byte)'\n');
    }

    private static void Render(IReadOnlyList<SeriesRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("place").AddColumn("year").AddColumn("period").AddColumn("indicator")
            .AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit").AddColumn("report");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Place ?? ""), row.Year?.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(row.Period ?? ""),
                Markup.Escape(row.Indicator), IndicatorColumns.Format(row.Value), Markup.Escape(row.Unit), Markup.Escape(row.Report));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{rows.Count} rows");
    }
}
