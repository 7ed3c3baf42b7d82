using Extractor.Reading.LegacyWord;
using Extractor.Reading.Ocr;
using NUnit.Framework;

namespace Extractor.Tests;

/// <summary>Skips tests that need a program outside .NET, saying why, where it is not installed.</summary>
internal static class OutsidePrograms
{
    public static void RequireTesseract() => Require(new Tesseract(OcrOptions.Default).Problem, "OCR");

    public static void RequireLibreOfficeWriter() => Require(new LibreOffice(LibreOfficeOptions.Default).Problem, ".doc conversion");

    private static void Require(string? problem, string what)
    {
        if (problem is not null)
        {
            Assert.Ignore($"{what} cannot run here: {problem}");
        }
    }
}
