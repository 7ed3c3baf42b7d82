using System.Globalization;
using System.Text.Json;
using Extractor.Model;

namespace Extractor.Export;

/// <summary>
/// The contract's JSON view of one report: metadata, the section tree with paragraph texts,
/// and footnotes numbered as a reader sees them. Vietnamese text is written unescaped.
/// </summary>
public static class ReportJson
{
    public static string Write(Report report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Report report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();

        var m = report.Metadata;
        w.WriteStartObject("metadata");
        w.WriteString("type", m.Type);
        w.WriteString("number", m.Number);
        w.WriteString("date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("issuer", m.Issuer);
        w.WriteString("place", m.Place?.ToString());
        w.WriteString("province", m.Province);
        w.WriteString("period", m.Period?.Label);
        ContractJson.WriteNumberOrNull(w, "year", m.Year);

        w.WriteString("title", m.Title);
        w.WriteEndObject();

        ContractJson.WriteArray(w, "preamble", report.Preamble, p => w.WriteStringValue(p.Text));
        ContractJson.WriteArray(w, "sections", report.Sections, s => WriteSection(w, s));
        ContractJson.WriteArray(w, "footnotes", report.Footnotes, f =>
        {
            w.WriteStartObject();
            w.WriteNumber("number", f.Number);
            w.WriteString("text", f.Text);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter w, Section section)
    {
        w.WriteStartObject();
        w.WriteString("label", section.Label);
        w.WriteString("title", section.Title);
        w.WriteNumber("level", section.Level);
        ContractJson.WriteArray(w, "paragraphs", section.Paragraphs, p => w.WriteStringValue(p.Text));
        ContractJson.WriteArray(w, "sections", section.Sections, child => WriteSection(w, child));
        w.WriteEndObject();
    }
}
