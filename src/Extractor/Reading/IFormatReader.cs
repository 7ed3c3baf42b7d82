namespace Extractor.Reading;

/// <summary>A reader for one file format. It yields a <see cref="RawDocument"/> or throws <see cref="ReportReadException"/>.</summary>
internal interface IFormatReader
{
    RawDocument Read(string path, ReaderOptions options);
}
