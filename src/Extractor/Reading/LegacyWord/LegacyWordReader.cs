using Extractor.Model;
using Extractor.Reading.Docx;

namespace Extractor.Reading.LegacyWord;

/// <summary>
/// Reads Word 97-2003 binary files by having LibreOffice convert them to DOCX in a temporary folder
/// of their own, removed afterwards, and reading that with the DOCX reader. The document keeps the
/// original file's path, and every error names the original file.
/// </summary>
internal sealed class LegacyWordReader : IFormatReader
{
    public RawDocument Read(string path, ReaderOptions options)
    {
        var folder = options.LibreOffice.WorkFolder is { } parent
            ? Directory.CreateDirectory(Path.Combine(parent, $"extractor-doc-{Guid.NewGuid():N}"))
            : Directory.CreateTempSubdirectory("extractor-doc-");
        try
        {
            var docx = new LibreOffice(options.LibreOffice).ConvertToDocx(path, folder.FullName);
            var document = new DocxReader().Read(docx, options);
            return document with
            {
                Source = path,
                Diagnostics = [new Diagnostic(DiagnosticLevel.Info, DiagnosticCode.ConvertedByLibreoffice, "Word 97-2003 file read from LibreOffice's conversion to DOCX"), .. document.Diagnostics],
            };
        }
        catch (ReportReadException e) when (e.FilePath != path)
        {
            throw new ReportReadException(path, e.Failure, $"after LibreOffice's conversion to DOCX: {e.Reason}", e);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
