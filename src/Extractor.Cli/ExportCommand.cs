using System.CommandLine;
using Extractor.Export;
using Extractor.Extraction;
using Extractor.Records;
using Extractor.Store;
using Spectre.Console;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor export FILE... --out X.csv|X.xlsx</c> reads and extracts report files;
/// <c>extractor export --db FILE [filters] --out X.csv|X.xlsx</c> writes the stored records.
/// Either way the contract's columns.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("file") { Description = "Report files to read and extract (instead of --db).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<FileInfo>("--out") { Description = "The .csv or .xlsx file to write.", Required = true };
        var database = new Option<FileInfo>("--db") { Description = "Export the records stored in this database (instead of files)." };
        var store = new StoreOptions();
        var command = new Command("export", "Write indicator records as CSV or XLSX, from report files or from the store.") { files, output, database };
        store.AddTo(command, database: false);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(files) is { Length: > 0 }) == (result.GetValue(database) is not null))
            {
                result.AddError("give report files or --db, not both");
            }

            if (result.GetValue(output) is { } file && FormatOf(file) is null)
            {
                result.AddError($"--out: {file.Name} is neither .csv nor .xlsx");
            }
        });
        command.SetAction(parse => StoreErrors.Run(() =>
        {
            var target = parse.GetValue(output)!;
            if (parse.GetValue(database) is { } db)
            {
                using var opened = ReportStores.Open(db.FullName, notice: StoreErrors.Notice);
                AnsiConsole.WriteLine($"{Write(opened.Records(store.Filter(parse)), target)} records written to {target.Name}");
            }
            else
            {
                var records = parse.GetValue(files)!.SelectMany(f => IndicatorExtraction.Extract(ReportFile.Read(f.FullName)));
                AnsiConsole.WriteLine($"{Write(records, target)} records written to {target.Name}");
            }

            return CommandErrors.Ok;
        }));
        return command;
    }

    /// <summary>"csv", "xlsx", or null for any other extension.</summary>
    internal static string? FormatOf(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".xlsx" => "xlsx",
        _ => null,
    };

    /// <summary>Writes the records in the file's format; returns how many.</summary>
    internal static int Write(IEnumerable<IndicatorRecord> records, FileInfo file)
    {
        var count = 0;
        var counted = records.Select(r =>
        {
            count++;
            return r;
        });
        using var stream = file.Create();
        if (FormatOf(file) == "xlsx")
        {
            IndicatorXlsx.Write(counted, stream);
        }
        else
        {
            IndicatorCsv.Write(counted, stream);
        }

        return count;
    }
}
