namespace Extractor.Reading.Ocr;

/// <summary>A page OCR could not read; the message says why in a few words, for the page's diagnostic.</summary>
internal sealed class OcrException(string reason) : Exception(reason);
