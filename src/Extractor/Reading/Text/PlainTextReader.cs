namespace Extractor.Reading.Text;

/// <summary>Reads reports that arrive as plain text or Markdown.</summary>
public sealed class PlainTextReader : IFormatReader
{
    public string Format => "text";

    public RawDocument Read(string path, ReaderOptions options) =>
        throw new ReportReadException(path, ReadFailure.UnsupportedFormat, "text reading is not implemented yet");
}
