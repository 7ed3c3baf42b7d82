using System.Globalization;
using Extractor.Model;
using Extractor.Reading.LegacyText;
using Extractor.Reading.Ocr;

namespace Extractor.Reading.Pdf;

/// <summary>
/// Reads PDF reports: page by page, the glyphs a page draws are laid out into lines,
/// paragraphs, tables and footnotes (see <see cref="PageLayout"/> and <see cref="PageFlow"/>),
/// keeping only what the next page needs, so memory stays flat in the page count.
/// </summary>
internal sealed class PdfReader : IFormatReader
{
    public RawDocument Read(string path, ReaderOptions options) => Read(path, ExtractorPdfPageSource.Open(path, options), options);

    /// <summary>Reads the pages a PDF engine gives, as they come (the source may read each page on demand).</summary>
    internal static RawDocument Read(string path, IPageSource source, ReaderOptions options)
    {
        var legacy = new LegacyPageText();
        var raw = Lay(path, source.Pages.Select(legacy.Decode), options);
        var notes = source.Repairs.Select(d => new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.PdfRepaired, d)).Concat(legacy.Diagnostics).ToList();
        return notes.Count == 0 ? raw : raw with { Diagnostics = [.. notes, .. raw.Diagnostics] };
    }

    /// <summary>Turns each page upright, reads it by OCR where it is a scan or its text layer is garbage, and lays it out.</summary>
    private static RawDocument Lay(string path, IEnumerable<DrawnPage> pages, ReaderOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var measures = new TextMeasures();
        var layout = new PageLayout(measures);
        var flow = new PageFlow(measures);
        var (textPages, garbledPages) = (0, 0);
        var layerScores = new List<double>();
        using var ocr = new PageOcr(options.Ocr);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var page in ocr.LookAhead(pages))
        {
            if (clock.Elapsed > options.MaxReadingTime)
            {
                throw new ReportReadException(path, ReadFailure.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                    $"reading took over the time limit of {options.MaxReadingTime.TotalSeconds:0.###} s (stopped at page {page.Number})"));
            }

            var frame = PageFrame.From(page);
            var layers = PageTextLayers.Judge(frame);
            var recognised = false;
            if (layers.OcrReason(frame) is { } reason)
            {
                if (ocr.Read(page, diagnostics) is { } scanned)
                {
                    if (frame.HasText)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.OcrUsed, $"{reason}: read by OCR instead") { Page = page.Number });
                    }

                    frame = layers.Beside(frame, PageFrame.From(scanned));
                    recognised = true;
                }
                else if (layers.Visible.Usable && !layers.Invisible.Usable)
                {
                    // No OCR to replace a junk invisible layer: it is left out and the visible text (a stamp) stays.
                    diagnostics.Add(new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.TextLayerUnusable, $"{reason}: needs OCR") { Page = page.Number });
                    garbledPages++;
                    frame = layers.WithoutUnusableLayer(frame);
                    if (!frame.HasText)
                    {
                        continue;
                    }
                }
                else if (frame.HasText && layers.Visible.Usable)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.NeedsOcr, $"{reason}: needs OCR for the rest") { Page = page.Number });
                }
            }

            var layer = TextLayerQuality.Judge(frame);
            if (!layer.Usable)
            {
                // OCR that comes out as garbage is left out too: no garbage text reaches the index.
                diagnostics.Add((recognised
                    ? new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.OcrTextUnusable, $"page {page.Number}: OCR text unusable (Vietnamese score {layer.Score:0.00}): left out")
                    : new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.TextLayerUnusable, $"{layer.Describe(page.Number)}: needs OCR")) with { Page = page.Number });
                garbledPages++;
                continue;
            }

            if (!recognised && layer.Judged)
            {
                layerScores.Add(layer.Score);
            }

            if (!frame.HasText)
            {
                diagnostics.Add((frame.IsImageOnly
                    ? new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.NeedsOcr, $"page {page.Number}: no text layer, needs OCR")
                    : new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.BlankPage, $"page {page.Number}: blank")) with { Page = page.Number });
                continue;
            }

            textPages++;
            flow.Add(layout.Lay(frame, flow.OpenNote, flow.IsNewNote, flow.IsEarlierReference, diagnostics));
            if (flow.BlockCount > options.MaxParagraphs)
            {
                throw new ReportReadException(path, ReadFailure.LimitExceeded,
                    $"over {options.MaxParagraphs:N0} paragraphs by page {page.Number}");
            }
        }

        if (textPages == 0)
        {
            var reason = garbledPages > 0 ? "text layer unusable (not Vietnamese, scanner OCR)" : "no text layer (scanned pages)";
            throw new ReportReadException(path, ReadFailure.NeedsOcr, $"{reason}: needs OCR" + (ocr.Problem is { } problem ? $"; {problem}" : ""));
        }

        if (layerScores.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.TextLayerJudged, string.Create(CultureInfo.InvariantCulture,
                $"text layer usable Vietnamese on {layerScores.Count} judged page(s) (score {layerScores.Min():0.00} to {layerScores.Max():0.00})")));
        }

        var (blocks, footnotes) = flow.Finish();
        return new RawDocument(path, blocks, footnotes, diagnostics);
    }
}
