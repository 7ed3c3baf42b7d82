using CsvHelper;
using Extractor.Records;

namespace Extractor.Export;

/// <summary>
/// Writes records as the contract's CSV: header row, UTF-8 with BOM (Excel then reads
/// Vietnamese correctly), comma separated, '.' decimals, no thousands separators. Text
/// cells that a spreadsheet would run as a formula (= + - @ tab CR) are escaped; numbers
/// are written as numbers, so negative values stay numbers.
/// </summary>
public static class IndicatorCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    public static void Write(IEnumerable<IndicatorRecord> records, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader([.. IndicatorColumns.All.Select(c => c.Name)]);
        foreach (var record in records)
        {
            foreach (var (_, cell) in IndicatorColumns.All)
            {
                switch (cell(record))
                {
                    case TextCell t:
                        csv.WriteField(t.Text ?? "");
                        break;
                    case NumberCell { Number: { } n }:
                        csv.WriteField(n, IndicatorColumns.NumberFormat);
                        break;
                    case NumberCell:
                        csv.WriteField("");
                        break;
                    case FlagCell f:
                        csv.WriteField(f.Flag);
                        break;
                }
            }

            csv.EndRecord();
        }
    }
}
