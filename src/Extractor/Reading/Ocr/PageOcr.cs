using Extractor.Model;
using Extractor.Reading.Pdf;

namespace Extractor.Reading.Ocr;

/// <summary>
/// Reads a document's scanned pages with Tesseract. Pages that plainly are scans (no text, one image over the
/// page) are started ahead while the reader lays out the pages before them; any other page is read when asked
/// (a page whose text layer was judged garbage). The reader gets the pages back in order.
/// </summary>
internal sealed class PageOcr : IDisposable
{
    private readonly OcrOptions _options;
    private readonly Tesseract _tesseract;
    private readonly Dictionary<DrawnPage, Task<DrawnPage>> _started = new(ReferenceEqualityComparer.Instance);
    private readonly CancellationTokenSource _cancellation = new();
    private bool _problemReported;

    public PageOcr(OcrOptions options)
    {
        _options = options;
        _tesseract = new Tesseract(options);
    }

    /// <summary>Why no page could be read by OCR, for the "needs OCR" message; null when OCR ran or was not tried.</summary>
    public string? Problem { get; private set; }

    /// <summary>The pages as they come, with OCR of the scanned ones already running up to the parallelism ahead.</summary>
    public IEnumerable<DrawnPage> LookAhead(IEnumerable<DrawnPage> pages)
    {
        var window = new Queue<DrawnPage>();
        foreach (var page in pages)
        {
            window.Enqueue(page);
            if (_options.Enabled && page.Glyphs.All(g => string.IsNullOrWhiteSpace(g.Text)) && ScanPlacement.Find(page) is { } scan && Usable())
            {
                _started[page] = Start(page, scan);
            }

            if (window.Count > Math.Max(1, _options.Parallelism))
            {
                yield return window.Dequeue();
            }
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue();
        }
    }

    /// <summary>The page as OCR reads it from its scan; null, with a diagnostic saying why, when it cannot be read.</summary>
    public DrawnPage? Read(DrawnPage page, List<Diagnostic> diagnostics)
    {
        if (!_options.Enabled)
        {
            return null;
        }

        if (!_started.Remove(page, out var recognition))
        {
            if (ScanPlacement.Find(page) is not { } scan)
            {
                // An image drawn but not read from a file: the caller says the page needs OCR.
                return null;
            }

            if (!Usable())
            {
                ReportProblem(diagnostics);
                return null;
            }

            recognition = Start(page, scan);
        }

        try
        {
            return recognition.GetAwaiter().GetResult();
        }
        catch (OcrException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.OcrFailed, $"page {page.Number}: {e.Message}; needs OCR") { Page = page.Number });
            return null;
        }
    }

    public void Dispose()
    {
        // Recognitions nobody will wait for (the reading failed) stop their processes.
        _cancellation.Cancel();
        _cancellation.Dispose();
    }

    private bool Usable()
    {
        Problem ??= _tesseract.Problem;
        return Problem is null;
    }

    private void ReportProblem(List<Diagnostic> diagnostics)
    {
        if (!_problemReported)
        {
            diagnostics.Add(new Diagnostic(DiagnosticLevel.Warning, DiagnosticCode.OcrUnavailable, $"OCR unavailable: {Problem}"));
            _problemReported = true;
        }
    }

    /// <summary>Takes the image out of the document here (the document is not thread-safe); the rest runs on the pool.</summary>
    private Task<DrawnPage> Start(DrawnPage page, ScanPlacement scan)
    {
        ImageSamples image;
        try
        {
            image = scan.Pixels.Read();
        }
        catch (InvalidDataException e)
        {
            return Task.FromException<DrawnPage>(new OcrException($"the page image cannot be read ({e.Message.Split('\n', 2)[0]})"));
        }

        var token = _cancellation.Token;
        return Task.Run(() => RecognizeAsync(page.Number, image, scan, token), token);
    }

    private async Task<DrawnPage> RecognizeAsync(int number, ImageSamples image, ScanPlacement scan, CancellationToken cancellation)
    {
        var file = PageImageFile.From(image);
        var path = Path.Combine(Path.GetTempPath(), $"extractor-ocr-{Guid.NewGuid():N}{file.Extension}");
        await File.WriteAllBytesAsync(path, file.Bytes, cancellation).ConfigureAwait(false);
        try
        {
            var hocr = await _tesseract.RecognizeAsync(path, scan.Dpi, !scan.IsUpright, cancellation).ConfigureAwait(false);
            return scan.Page(number, HocrPage.Parse(hocr));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
