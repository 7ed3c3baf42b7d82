using System.CommandLine;
using System.Globalization;
using Extractor.Export;
using Extractor.Extraction.Indicators;
using Extractor.Records;
using Extractor.Store;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor series --db FILE (--category C | --indicator TEXT|CODE [--dim key=value]... | --list) [--by place,year] [filters] [--json] [--out FILE]</c>:
/// one value per place and year (and period) in its canonical unit, with the report it came from; <c>--list</c> lists the
/// canonical indicators the records were linked to.
/// </summary>
internal static class SeriesCommand
{
    public static Command Create()
    {
        var indicator = new Option<string>("--indicator")
        {
            Description = "A canonical indicator's code (crop_area.sown; `--list` shows them), or words of the indicator label in the search syntax: \"dien tich lua\".",
        };
        var dimensions = new Option<string[]>("--dim") { Description = "With an indicator code: a breakdown its records must have, key=value (crop=lúa, season=\"đông xuân\"); repeatable." };
        var list = new Option<bool>("--list") { Description = "List the canonical indicators the stored records were linked to, with their counts." };
        var by = new Option<string>("--by") { Description = "Row per place,year,period (default) or per place,year (the report covering most months wins).", DefaultValueFactory = _ => "place,year,period" };
        var json = new Option<bool>("--json") { Description = "Write {\"rows\": [...]} as JSON." };
        var output = new Option<FileInfo>("--out") { Description = "Write the rows' records to a .csv or .xlsx file (the export columns)." };
        var store = new StoreOptions();
        var command = new Command("series", "One indicator across places and years: the planner's table.") { indicator, dimensions, list, by, json, output };
        store.AddTo(command);
        command.Validators.Add(result =>
        {
            var asked = new[] { result.GetValue(store.Category) is not null, result.GetValue(indicator) is not null, result.GetValue(list) }.Count(a => a);
            if (asked != 1)
            {
                result.AddError("give one of --category, --indicator or --list");
            }

            var code = result.GetValue(indicator) is { } text ? IndicatorCodes.Find(text) : null;
            if (result.GetValue(dimensions) is { Length: > 0 } dims && code is null)
            {
                result.AddError("--dim needs --indicator with an indicator code (`series --list` shows them)");
            }

            foreach (var dim in result.GetValue(dimensions) ?? [])
            {
                if (IndicatorCodes.Dimension(dim, code).Error is { } error)
                {
                    result.AddError($"--dim {dim}: {error}");
                }
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
            if (parse.GetValue(list))
            {
                WriteList(db.Indicators(filter), parse.GetValue(json));
                return CommandErrors.Ok;
            }

            var text = parse.GetValue(indicator);
            var code = text is null ? null : IndicatorCodes.Find(text);
            var query = new SeriesQuery(parse.GetValue(store.Category), code is null ? text : null, filter, parse.GetValue(by) != "place,year")
            {
                IndicatorCode = code,
                Dimensions = RecordDimensions.Parse(string.Join("; ", (parse.GetValue(dimensions) ?? []).Select(d => IndicatorCodes.Dimension(d, code).Dimension))),
            };
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
        // A canonical indicator's rows also say what kind of figure each is, its breakdowns and where it was read.
        var coded = rows.Any(r => r.IndicatorCode is not null);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("place").AddColumn("year").AddColumn("period").AddColumn("indicator")
            .AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit");
        if (coded)
        {
            table.AddColumn("kind").AddColumn("dimensions").AddColumn("section");
        }

        table.AddColumn("report");
        foreach (var row in rows)
        {
            string[] cells = [
                Markup.Escape(row.Place ?? ""), row.Year?.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(row.Period ?? ""),
                Markup.Escape(row.Indicator), IndicatorColumns.Format(row.Value), Markup.Escape(row.Unit)];
            string[] provenance = coded
                ? [row.Kind?.ToString().ToLowerInvariant() ?? "", Markup.Escape(row.Dimensions?.ToString() ?? ""), Markup.Escape($"{row.Section} ({row.Source?.ToString().ToLowerInvariant()})")]
                : [];
            table.AddRow([.. cells, .. provenance, Markup.Escape(row.Report)]);
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{rows.Count} rows");
    }

    private static void WriteList(IReadOnlyList<IndicatorCount> indicators, bool json)
    {
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            SeriesJson.WriteIndicators(indicators, stdout);
            stdout.WriteByte((byte)'\n');
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("code").AddColumn("name")
            .AddColumn(new TableColumn("records").RightAligned()).AddColumn(new TableColumn("reports").RightAligned());
        foreach (var indicator in indicators)
        {
            table.AddRow(Markup.Escape(indicator.Code), Markup.Escape(indicator.Name),
                indicator.Records.ToString(CultureInfo.InvariantCulture), indicator.Reports.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"{indicators.Count} indicators");
    }
}
