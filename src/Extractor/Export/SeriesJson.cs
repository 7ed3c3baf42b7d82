using System.Text.Json;
using Extractor.Store;

namespace Extractor.Export;

/// <summary>
/// The contract's JSON of a series, written by <c>series --json</c> and the web page's <c>/api/series</c>: <c>{"rows": [...]}</c>;
/// a canonical indicator's rows add its code, breakdowns, kind, section and source after the contract's keys.
/// </summary>
public static class SeriesJson
{
    public static void Write(IReadOnlyList<SeriesRow> rows, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();
        w.WriteStartArray("rows");
        foreach (var row in rows)
        {
            w.WriteStartObject();
            w.WriteString("place", row.Place);
            ContractJson.WriteNumberOrNull(w, "year", row.Year);
            w.WriteString("period", row.Period);
            w.WriteString("indicator", row.Indicator);
            w.WriteNumber("value", row.Value);
            w.WriteString("unit", row.Unit);
            w.WriteString("report", row.Report);
            if (row.IndicatorCode is not null)
            {
                w.WriteString("indicator_code", row.IndicatorCode);
                w.WriteString("dimensions", row.Dimensions?.ToString());
                w.WriteString("kind", row.Kind?.ToString().ToLowerInvariant());
                w.WriteString("section", row.Section);
                w.WriteString("source", row.Source?.ToString().ToLowerInvariant());
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>series --list --json</c>: <c>{"indicators": [{"code", "name", "records", "reports"}]}</c>.</summary>
    public static void WriteIndicators(IReadOnlyList<IndicatorCount> indicators, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();
        w.WriteStartArray("indicators");
        foreach (var indicator in indicators)
        {
            w.WriteStartObject();
            w.WriteString("code", indicator.Code);
            w.WriteString("name", indicator.Name);
            w.WriteNumber("records", indicator.Records);
            w.WriteNumber("reports", indicator.Reports);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
