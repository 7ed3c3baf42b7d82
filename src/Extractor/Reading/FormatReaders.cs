using Extractor.Reading.Docx;
using Extractor.Reading.LegacyWord;
using Extractor.Reading.Pdf;
using Extractor.Reading.Text;

namespace Extractor.Reading;

/// <summary>
/// Picks the reader for a file by its content (not its name) and turns every way a file
/// can be unreadable into a <see cref="ReportReadException"/> with a one-line reason.
/// </summary>
public static class FormatReaders
{
    private static readonly string[] TextExtensions = [".txt", ".md", ".text", ".markdown"];

    /// <summary>
    /// The extensions report files go by (".docx", ".doc", ".pdf", and the text ones), for finding
    /// reports in a folder. The reader is still chosen by content; a text file must also have one of the text extensions.
    /// </summary>
    public static IReadOnlyList<string> Extensions { get; } = [".docx", ".doc", ".pdf", .. TextExtensions];

    public static RawDocument Read(string path, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ReportReadException(path, ReadFailure.NotFound, "file not found");
        }

        if (info.Length == 0)
        {
            throw new ReportReadException(path, ReadFailure.Empty, "file is empty");
        }

        if (info.Length > options.MaxFileBytes)
        {
            throw new ReportReadException(path, ReadFailure.LimitExceeded,
                $"file is {info.Length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var format = FileFormatSniffer.Sniff(path);
        IFormatReader reader = format switch
        {
            FileFormat.Docx => new DocxReader(),
            FileFormat.Text when TextExtensions.Contains(extension) => new PlainTextReader(),
            FileFormat.Text => throw Mismatch(path, extension, "plain text"),
            FileFormat.Pdf => new PdfReader(),
            FileFormat.LegacyWord => new LegacyWordReader(),
            FileFormat.EncryptedOffice => throw new ReportReadException(path, ReadFailure.Encrypted,
                "password-protected Office document: remove the password in Word and save again"),
            FileFormat.OtherZip => throw new ReportReadException(path, ReadFailure.UnsupportedFormat,
                "ZIP package without word/document.xml: not a Word document"),
            _ => throw new ReportReadException(path, ReadFailure.UnsupportedFormat,
                "unknown format: not DOCX, PDF or UTF-8 text"),
        };
        var document = reader.Read(path, options);
        return document.Diagnostics.Count == 0 ? document : document with { Diagnostics = [.. document.Diagnostics.Select(d => d with { File = path })] };
    }

    private static ReportReadException Mismatch(string path, string extension, string actual) =>
        new(path, ReadFailure.UnsupportedFormat,
            $"named {(extension.Length == 0 ? "without an extension" : extension)} but the content is {actual}; rename it to .txt to read it as text");
}
