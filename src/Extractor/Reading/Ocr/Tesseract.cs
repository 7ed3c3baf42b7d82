using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;

namespace Extractor.Reading.Ocr;

/// <summary>
/// The tesseract program, run once per page image with hOCR output. Pages run at once are bounded process-wide, and
/// a page that outlives the timeout has its process tree killed.
/// </summary>
internal sealed class Tesseract(OcrOptions options)
{
    private const string Install = "apt-get install tesseract-ocr tesseract-ocr-vie";

    // Whether a program has the model is asked once per program and model, not once per document.
    private static readonly ConcurrentDictionary<(string Program, string Language), Lazy<string?>> Problems = new();

    // Readers of different documents share the cores: one limit per parallelism asked for.
    private static readonly ConcurrentDictionary<int, SemaphoreSlim> Slots = new();

    /// <summary>Why OCR cannot run here (the program or its model missing, with what to install); null when it can.</summary>
    public string? Problem => Problems.GetOrAdd((options.TesseractPath, options.Language), key => new Lazy<string?>(() => Check(key.Program, key.Language))).Value;

    /// <summary>The hOCR of one image; <paramref name="findOrientation"/> lets Tesseract turn a sideways page itself (OSD).</summary>
    public async Task<string> RecognizeAsync(string imagePath, int dpi, bool findOrientation, CancellationToken cancellation)
    {
        var slots = Slots.GetOrAdd(Math.Max(1, options.Parallelism), n => new SemaphoreSlim(n, n));
        await slots.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            string[] arguments = [imagePath, "stdout", "-l", options.Language, "--psm", findOrientation ? "1" : "3",
                "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "hocr"];
            // Tesseract's own threads only fight each other when several pages already use every core.
            var environment = options.Parallelism > 1 ? new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" } : null;
            ProgramOutput result;
            try
            {
                result = await OutsideProgram.RunAsync(options.TesseractPath, arguments, options.PageTimeout, cancellation, environment).ConfigureAwait(false);
            }
            catch (TimeoutException e)
            {
                throw new OcrException($"OCR {e.Message}");
            }
            catch (OperationCanceledException)
            {
                throw new OcrException("OCR cancelled");
            }

            return result.ExitCode == 0 ? result.Output : throw new OcrException($"tesseract failed ({FirstLine(result.Errors)})");
        }
        finally
        {
            slots.Release();
        }
    }

    private static string? Check(string program, string language)
    {
        try
        {
            var result = OutsideProgram.Run(program, ["--list-langs"], TimeSpan.FromSeconds(30));
            var listed = (result.Output + result.Errors).Split('\n', StringSplitOptions.TrimEntries);
            return listed.Contains(language) ? null : $"Tesseract has no '{language}' model: {Install}";
        }
        catch (TimeoutException)
        {
            return $"{program} --list-langs did not answer";
        }
        catch (Win32Exception)
        {
            return $"tesseract not found ('{program}'): {Install}";
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2, StringSplitOptions.TrimEntries)[0];
}
