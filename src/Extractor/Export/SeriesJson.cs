using System.Text.Json;
using Extractor.Store;

namespace Extractor.Export;

/// <summary>
/// The contract's JSON of a series, written by <c>series --json</c> and the web page's <c>/api/series</c>: <c>{"rows": [...]}</c>;
/// a canonical indicator's rows add its code, breakdowns, kind, section and source after the contract's keys.
/// </summary>
public static class SeriesJson
{
    public static void Write(IReadOnlyList<SeriesRow> rows, Stream output) => WriteObjects(output, "rows", rows, (w, row) =>
    {
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
    });

    /// <summary><c>series --list --json</c>: <c>{"indicators": [{"code", "name", "records", "reports"}]}</c>.</summary>
    public static void WriteIndicators(IReadOnlyList<IndicatorCount> indicators, Stream output) => WriteObjects(output, "indicators", indicators, (w, indicator) =>
    {
        w.WriteString("code", indicator.Code);
        w.WriteString("name", indicator.Name);
        w.WriteNumber("records", indicator.Records);
        w.WriteNumber("reports", indicator.Reports);
    });

    /// <summary><c>{"name": [{...}, ...]}</c>, each object's fields written by <paramref name="fields"/>.</summary>
    private static void WriteObjects<T>(Stream output, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();
        ContractJson.WriteArray(w, name, items, item =>
        {
            w.WriteStartObject();
            fields(w, item);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }
}
