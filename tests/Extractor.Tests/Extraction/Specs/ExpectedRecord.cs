using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Records;

namespace Extractor.Tests.Extraction.Specs;

/// <summary>
/// One record line of a spec example: <c>value=1448.29 unit=ha plan_pct=96 yoy_pct=98.8 indicator~"lúa"</c>.
/// Value, unit, the percentages, the plan value, the change, the kind (a target or a plan; else actual, or
/// estimate with the flag), the three flags and whether there is a doubt are always compared (what a line
/// leaves out must be empty on the record); the indicator, the raw text, the dimensions and the doubt's
/// wording only when the line states them, exactly (=) or as a part (~).
/// </summary>
public sealed partial record ExpectedRecord(
    decimal Value,
    string Unit,
    decimal? PlanPct,
    decimal? YoyPct,
    decimal? ChangePct,
    decimal? PlanValue,
    decimal? Change,
    RecordKind? Kind,
    bool Estimate,
    bool Cumulative,
    bool Approximate,
    bool Doubt,
    TextCheck? DoubtText,
    TextCheck? Indicator,
    TextCheck? Raw,
    TextCheck? Dimensions)
{
    public static ExpectedRecord Parse(string line, string where)
    {
        var fields = new Dictionary<string, (string Op, string Value)>();
        var rest = Field().Replace(line, m =>
        {
            var value = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            if (!fields.TryAdd(m.Groups["key"].Value, (m.Groups["op"].Value, value)))
            {
                throw new FormatException($"{where}: {m.Groups["key"].Value} is stated twice");
            }

            return "";
        });
        if (rest.Trim().Length > 0)
        {
            throw new FormatException($"{where}: cannot read '{rest.Trim()}'");
        }

        var unknown = fields.Keys.Except(Keys).ToList();
        if (unknown.Count > 0 || !fields.ContainsKey("value") || !fields.ContainsKey("unit"))
        {
            throw new FormatException($"{where}: a record states value= and unit=, then any of {string.Join(", ", Keys.Skip(2))}; not {string.Join(", ", unknown)}");
        }

        var flags = new[] { "estimate", "cumulative", "approximate" };
        var misused = fields.Where(f => flags.Contains(f.Key) ? f.Value.Op.Length > 0 : f.Key != "doubt" && f.Value.Op.Length == 0).Select(f => f.Key).ToList();
        if (misused.Count > 0)
        {
            throw new FormatException($"{where}: {string.Join(", ", misused)}: flags stand alone, other fields take = or ~ and a value");
        }

        decimal? Number(string key) => fields.TryGetValue(key, out var f) ? decimal.Parse(f.Value, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
        TextCheck? Text(string key) => fields.TryGetValue(key, out var f) && f.Op.Length > 0 ? new TextCheck(f.Op == "~", f.Value) : null;

        RecordKind? kind = fields.TryGetValue("kind", out var k)
            ? k.Value is "target" or "plan" ? Enum.Parse<RecordKind>(k.Value, ignoreCase: true) : throw new FormatException($"{where}: kind is target or plan (an estimate is the flag)")
            : null;
        return new ExpectedRecord(
            Number("value")!.Value, fields["unit"].Value, Number("plan_pct"), Number("yoy_pct"), Number("change_pct"), Number("plan_value"), Number("change"), kind,
            fields.ContainsKey("estimate"), fields.ContainsKey("cumulative"), fields.ContainsKey("approximate"), fields.ContainsKey("doubt"), Text("doubt"), Text("indicator"), Text("raw"),
            Text("dimensions"));
    }

    /// <summary>The line as the spec writes it, in a fixed field order.</summary>
    public override string ToString() => Describe(Value, Unit, PlanPct, YoyPct, ChangePct, PlanValue, Change, Kind, Estimate, Cumulative, Approximate,
        Doubt ? DoubtText?.ToString("doubt") ?? "doubt" : null, Indicator?.ToString("indicator"), Raw?.ToString("raw"), Dimensions?.ToString("dimensions"));

    /// <summary>
    /// The record as a line of the same shape as <paramref name="expected"/>: texts the line checks by
    /// a part show that part when the record has it, so a matching record reads exactly as the line.
    /// Without a line to follow (a record the spec does not expect), the indicator and raw text are shown whole.
    /// </summary>
    public static string Describe(IndicatorRecord record, ExpectedRecord? expected)
    {
        var doubt = record.Doubt is null ? null : expected?.Doubt == true && expected.DoubtText is null ? "doubt" : TextCheck.Show("doubt", record.Doubt, expected?.DoubtText);
        var indicator = expected is { Indicator: null } ? null : TextCheck.Show("indicator", record.Indicator, expected?.Indicator);
        var raw = expected is { Raw: null } ? null : TextCheck.Show("raw", record.Raw, expected?.Raw);
        var written = record.Dimensions.ToString();
        var dimensions = expected is { Dimensions: null } || (expected is null && written.Length == 0) ? null : TextCheck.Show("dimensions", written, expected?.Dimensions);
        RecordKind? kind = record.Kind is RecordKind.Target or RecordKind.Plan ? record.Kind : null;
        return Describe(record.Value, record.Unit, record.PlanPercent, record.YearOnYearPercent, record.ChangePercent, record.PlanValue, record.Change, kind,
            record.Estimate, record.Cumulative, record.Approximate, doubt, indicator, raw, dimensions);
    }

    private static readonly string[] Keys =
        ["value", "unit", "plan_pct", "yoy_pct", "change_pct", "plan_value", "change", "kind", "estimate", "cumulative", "approximate", "doubt", "indicator", "raw", "dimensions"];

    private static string Describe(decimal value, string unit, decimal? planPct, decimal? yoyPct, decimal? changePct, decimal? planValue, decimal? change, RecordKind? kind,
        bool estimate, bool cumulative, bool approximate, string? doubt, string? indicator, string? raw, string? dimensions)
    {
        var parts = new List<string> { $"value={Format(value)}", $"unit={TextCheck.Quote(unit)}" };
        parts.AddRange(new[] { ("plan_pct", planPct), ("yoy_pct", yoyPct), ("change_pct", changePct), ("plan_value", planValue), ("change", change) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Format(p.Item2!.Value)}"));
        if (kind is { } k)
        {
            parts.Add($"kind={k.ToString().ToLowerInvariant()}");
        }

        parts.AddRange(new[] { ("estimate", estimate), ("cumulative", cumulative), ("approximate", approximate) }.Where(f => f.Item2).Select(f => f.Item1));
        parts.AddRange(new[] { doubt, indicator, raw, dimensions }.OfType<string>());
        return string.Join(' ', parts);
    }

    private static string Format(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex("""(?<key>[a-z_]+)(?:(?<op>[=~])(?:"(?<quoted>[^"]*)"|(?<bare>[^\s"]+)))?""")]
    private static partial Regex Field();
}

/// <summary>A text a record line checks: the whole text (=) or a part of it (~).</summary>
public sealed record TextCheck(bool Part, string Text)
{
    public bool Matches(string actual) => Part ? actual.Contains(Text, StringComparison.Ordinal) : actual == Text;

    public string ToString(string key) => $"{key}{(Part ? "~" : "=")}\"{Text}\"";

    /// <summary>How a record's text reads against a check: as the check when it matches, else whole.</summary>
    public static string Show(string key, string actual, TextCheck? check) =>
        check is not null && check.Matches(actual) ? check.ToString(key) : $"{key}={Quote(actual)}";

    public static string Quote(string text) => text.Any(char.IsWhiteSpace) || text.Length == 0 ? $"\"{text}\"" : text;
}
