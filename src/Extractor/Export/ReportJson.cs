using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extractor.Model;

namespace Extractor.Export;

/// <summary>
/// The contract's JSON view of one report: metadata, the section tree with paragraph texts,
/// and footnotes numbered as a reader sees them. Vietnamese text is written unescaped.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Report report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Report report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
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
        if (m.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        w.WriteString("title", m.Title);
        w.WriteEndObject();

        WriteArray(w, "preamble", report.Preamble, p => w.WriteStringValue(p.Text));
        WriteArray(w, "sections", report.Sections, s => WriteSection(w, s));
        WriteArray(w, "footnotes", report.Footnotes, f =>
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
        WriteArray(w, "paragraphs", section.Paragraphs, p => w.WriteStringValue(p.Text));
        WriteArray(w, "sections", section.Sections, child => WriteSection(w, child));
        w.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item);
        }

        w.WriteEndArray();
    }
}
