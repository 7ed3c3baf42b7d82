using Extractor.Reading.Ocr;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Ocr;

/// <summary>Skips OCR tests, saying why, where Tesseract or its Vietnamese model is not installed.</summary>
internal static class OcrAvailability
{
    public static void RequireTesseract()
    {
        if (new Tesseract(OcrOptions.Default).Problem is { } problem)
        {
            Assert.Ignore($"OCR cannot run here: {problem}");
        }
    }
}
