using System.Text.Json;
using Extractor.Store;

namespace Extractor.Export;

/// <summary>The contract's JSON of a series, written by <c>series --json</c> and the web page's <c>/api/series</c>: <c>{"rows": [...]}</c>.</summary>
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
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
