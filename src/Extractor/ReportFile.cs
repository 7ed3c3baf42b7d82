using Extractor.Layout;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Reading.Text;

namespace Extractor;

/// <summary>The one-line path: a file in, a <see cref="Report"/> out (reader by content, then layout).</summary>
public static class ReportFile
{
    /// <exception cref="ReportReadException">The file cannot be read; the message names it and says why.</exception>
    public static Report Read(string path, ReaderOptions? options = null) =>
        ReportAssembler.Assemble(FormatReaders.Read(path, options));

    /// <summary>Plain text held in memory, read as the text file <paramref name="source"/> would be.</summary>
    internal static Report ReadText(string text, string source) =>
        ReportAssembler.Assemble(new PlainTextReader().ReadText(text, source, ReaderOptions.Default));
}
