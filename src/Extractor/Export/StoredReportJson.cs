using System.Text.Json;
using Extractor.Store;

namespace Extractor.Export;

/// <summary>
/// A stored report as JSON (the web page's <c>/api/reports/{id}</c>): the shape of <c>show --json</c>
/// (<see cref="ReportJson"/>: metadata, preamble, the section tree with paragraph texts, footnotes), then
/// additions: the store's id, the files (name, format, whether it is the one read), the reader's
/// diagnostics, and the records with the export's columns.
/// </summary>
public static class StoredReportJson
{
    public static void Write(StoredReportView report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ContractJson.Options);
        w.WriteStartObject();
        w.WriteNumber("id", report.Id);
        var m = report.Metadata;
        w.WriteStartObject("metadata");
        w.WriteString("type", m.Type);
        w.WriteString("number", m.Number);
        w.WriteString("date", m.Date);
        w.WriteString("issuer", m.Issuer);
        w.WriteString("place", m.Place);
        w.WriteString("province", m.Province);
        w.WriteString("period", m.Period);
        ContractJson.WriteNumberOrNull(w, "year", m.Year);
        w.WriteString("title", m.Title);
        w.WriteEndObject();

        var paragraphs = report.Paragraphs.ToLookup(p => p.SectionId);
        var children = report.Sections.ToLookup(s => s.ParentId);
        void Section(StoredSection section)
        {
            w.WriteStartObject();
            w.WriteString("label", section.Label);
            w.WriteString("title", section.Title);
            w.WriteNumber("level", section.Level);
            ContractJson.WriteArray(w, "paragraphs", paragraphs[section.Id], p => w.WriteStringValue(p.Text));
            ContractJson.WriteArray(w, "sections", children[section.Id], Section);
            w.WriteEndObject();
        }

        ContractJson.WriteArray(w, "preamble", paragraphs[null], p => w.WriteStringValue(p.Text));
        ContractJson.WriteArray(w, "sections", children[null], Section);
        ContractJson.WriteArray(w, "footnotes", report.Footnotes, f =>
        {
            w.WriteStartObject();
            w.WriteNumber("number", f.Number);
            w.WriteString("text", f.Text);
            w.WriteEndObject();
        });
        ContractJson.WriteArray(w, "files", report.Files, f =>
        {
            w.WriteStartObject();
            w.WriteString("name", Path.GetFileName(f.Path));
            w.WriteString("format", f.Format);
            w.WriteBoolean("read", f.Read);
            w.WriteEndObject();
        });
        ContractJson.WriteArray(w, "diagnostics", report.Diagnostics, d =>
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("level", d.Level);
            w.WriteString("message", d.Message);
            ContractJson.WriteNumberOrNull(w, "page", d.Page);
            w.WriteEndObject();
        });
        ContractJson.WriteArray(w, "records", report.Records, r =>
        {
            w.WriteStartObject();
            foreach (var (name, cell) in IndicatorColumns.All)
            {
                switch (cell(r))
                {
                    case TextCell { Text: var text }:
                        w.WriteString(name, text);
                        break;
                    case NumberCell { Number: { } number }:
                        w.WriteNumber(name, number);
                        break;
                    case NumberCell:
                        w.WriteNull(name);
                        break;
                    case FlagCell { Flag: var flag }:
                        w.WriteBoolean(name, flag);
                        break;
                }
            }

            w.WriteEndObject();
        });
        w.WriteEndObject();
    }
}
