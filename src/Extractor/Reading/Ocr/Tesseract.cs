using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
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
            var start = StartInfo(options.TesseractPath, imagePath, "stdout", "-l", options.Language, "--psm", findOrientation ? "1" : "3",
                "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "hocr");
            if (options.Parallelism > 1)
            {
                // Tesseract's own threads only fight each other when several pages already use every core.
                start.Environment["OMP_THREAD_LIMIT"] = "1";
            }

            using var process = Launch(start);
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var errors = process.StandardError.ReadToEndAsync(cancellation);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(options.PageTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new OcrException(cancellation.IsCancellationRequested
                    ? "OCR cancelled"
                    : $"OCR timed out after {options.PageTimeout.TotalSeconds:0.#} s");
            }

            return process.ExitCode == 0
                ? await output.ConfigureAwait(false)
                : throw new OcrException($"tesseract failed ({FirstLine(await errors.ConfigureAwait(false))})");
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
            using var process = Launch(StartInfo(program, "--list-langs"));
            var errors = process.StandardError.ReadToEndAsync();
            var languages = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return $"{program} --list-langs did not answer";
            }

            var listed = (languages + errors.Result).Split('\n', StringSplitOptions.TrimEntries);
            return listed.Contains(language) ? null : $"Tesseract has no '{language}' model: {Install}";
        }
        catch (Win32Exception)
        {
            return $"tesseract not found ('{program}'): {Install}";
        }
    }

    private static ProcessStartInfo StartInfo(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static Process Launch(ProcessStartInfo start) => Process.Start(start) ?? throw new Win32Exception($"{start.FileName} did not start");

    private static string FirstLine(string text) => text.Split('\n', 2, StringSplitOptions.TrimEntries)[0];
}
