using System.CommandLine;
using Extractor.Reading;
using Extractor.Reading.Ocr;

namespace Extractor.Cli;

/// <summary>The reading options the commands that read files share.</summary>
internal static class ReaderChoices
{
    public static Option<bool> NoOcrOption() => new("--no-ocr") { Description = "Do not OCR scanned pages (they are reported as needing OCR)." };

    public static ReaderOptions Options(bool noOcr) => noOcr ? ReaderOptions.Default with { Ocr = OcrOptions.Disabled } : ReaderOptions.Default;
}
