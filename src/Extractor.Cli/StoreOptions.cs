using System.CommandLine;
using Extractor.Store;

namespace Extractor.Cli;

/// <summary>The --db option and the filters that search, series and export share.</summary>
internal sealed class StoreOptions
{
    public Option<FileInfo> Database { get; } = new("--db") { Description = "The SQLite database file.", Required = true };

    public Option<string> Place { get; } = new("--place") { Description = "Part of the place name, diacritics optional: \"Van Quan\"." };

    public Option<string> Province { get; } = new("--province") { Description = "Part of the province name: \"Lạng Sơn\"." };

    public Option<string> Year { get; } = new("--year") { Description = "A year or a range: 2023, 2021-2024." };

    public Option<string> Period { get; } = new("--period") { Description = "Part of the period label: \"6 tháng\", \"quý I\"." };

    public Option<string> Unit { get; } = new("--unit") { Description = "Record unit: ha, tấn, \"triệu đồng\", \"% KH\"." };

    public Option<string> Category { get; } = new("--category") { Description = "Record category code (models/categories.tsv): crop_area." };

    public Option<decimal?> Min { get; } = new("--min") { Description = "Smallest record value, in the canonical unit." };

    public Option<decimal?> Max { get; } = new("--max") { Description = "Largest record value, in the canonical unit." };

    /// <summary>Adds --db and the filters to <paramref name="command"/>; <paramref name="category"/> false when the command has its own --category.</summary>
    public void AddTo(Command command, bool database = true, bool category = true)
    {
        if (database)
        {
            command.Options.Add(Database);
        }

        foreach (var option in new Option[] { Place, Province, Year, Period, Unit, Min, Max })
        {
            command.Options.Add(option);
        }

        if (category)
        {
            command.Options.Add(Category);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(Year) is { } year && YearRange.Parse(year) is null)
            {
                result.AddError($"--year: '{year}' is not a year or a range like 2021-2024");
            }
        });
    }

    public ReportFilter Filter(ParseResult parse) => new()
    {
        Place = parse.GetValue(Place),
        Province = parse.GetValue(Province),
        Years = parse.GetValue(Year) is { } year ? YearRange.Parse(year) : null,
        Period = parse.GetValue(Period),
        Unit = parse.GetValue(Unit),
        Category = parse.GetValue(Category),
        MinValue = parse.GetValue(Min),
        MaxValue = parse.GetValue(Max),
    };

    public IReportStore OpenStore(ParseResult parse) => ReportStores.Open(parse.GetValue(Database)!.FullName, notice: StoreErrors.Notice);
}
