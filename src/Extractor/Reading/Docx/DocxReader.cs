namespace Extractor.Reading.Docx;

/// <summary>Reads Word .docx files (OpenXML).</summary>
public sealed class DocxReader : IFormatReader
{
    public string Format => "DOCX";

    public RawDocument Read(string path, ReaderOptions options) =>
        throw new ReportReadException(path, ReadFailure.UnsupportedFormat, "DOCX reading is not implemented yet");
}
