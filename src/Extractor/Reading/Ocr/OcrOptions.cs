namespace Extractor.Reading.Ocr;

/// <summary>How scanned pages are read: Tesseract run as a process on the page image.</summary>
/// <param name="Enabled">False reports scanned pages as needing OCR without trying.</param>
/// <param name="TesseractPath">The tesseract program: a name looked up on PATH, or a path.</param>
/// <param name="PageTimeout">Longest one page may take; the process tree is killed then and the page still needs OCR.</param>
/// <param name="Parallelism">Pages recognised at once in this process (each Tesseract limited to one thread when several run).</param>
/// <param name="Language">Tesseract's model; its traineddata must be installed.</param>
public sealed record OcrOptions(
    bool Enabled,
    string TesseractPath,
    TimeSpan PageTimeout,
    int Parallelism,
    string Language = "vie")
{
    public static OcrOptions Default { get; } = new(true, "tesseract", TimeSpan.FromSeconds(60), Environment.ProcessorCount);

    public static OcrOptions Disabled { get; } = Default with { Enabled = false };
}
