using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Extractor.Reading;

namespace Extractor.Tests.Reading.Docx;

/// <summary>
/// Makes small .docx files for tests with the OpenXML SDK. Part contents are given as
/// WordprocessingML, so a test shows exactly the markup Word writes (text boxes twice, field
/// characters, tracked changes) and what the reader must make of it.
/// </summary>
internal sealed class DocxBuilder
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    // Word always writes these two; the reader must not take them for notes.
    private const string SeparatorNotes =
        "<w:{0} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{0}>"
        + "<w:{0} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{0}>";

    private string _body = string.Empty;
    private string? _styles;
    private string? _numbering;
    private string? _footnotes;
    private string? _endnotes;

    /// <summary>A paragraph of runs made with <see cref="R"/>.</summary>
    public static string P(params string[] runs) => $"<w:p>{string.Concat(runs)}</w:p>";

    /// <summary>A run of text, with optional run properties markup ("&lt;w:b/&gt;").</summary>
    public static string R(string text, string properties = "") =>
        $"<w:r>{(properties.Length > 0 ? $"<w:rPr>{properties}</w:rPr>" : string.Empty)}<w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    public DocxBuilder Body(string xml)
    {
        _body = xml;
        return this;
    }

    public DocxBuilder Styles(string xml)
    {
        _styles = xml;
        return this;
    }

    public DocxBuilder Numbering(string xml)
    {
        _numbering = xml;
        return this;
    }

    /// <summary>Footnotes (<c>w:footnote</c> elements); the separator notes are added.</summary>
    public DocxBuilder Footnotes(string xml)
    {
        _footnotes = xml;
        return this;
    }

    /// <summary>Endnotes (<c>w:endnote</c> elements); the separator notes are added.</summary>
    public DocxBuilder Endnotes(string xml)
    {
        _endnotes = xml;
        return this;
    }

    public string Save(string path)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        Feed(main, $"<w:document {Namespaces}><w:body>{_body}</w:body></w:document>");
        if (_styles is not null)
        {
            Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{_styles}</w:styles>");
        }

        if (_numbering is not null)
        {
            Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{_numbering}</w:numbering>");
        }

        if (_footnotes is not null)
        {
            Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {Namespaces}>{string.Format(SeparatorNotes, "footnote")}{_footnotes}</w:footnotes>");
        }

        if (_endnotes is not null)
        {
            Feed(main.AddNewPart<EndnotesPart>(), $"<w:endnotes {Namespaces}>{string.Format(SeparatorNotes, "endnote")}{_endnotes}</w:endnotes>");
        }

        return path;
    }

    /// <summary>Saves to a fresh temporary file and reads it the way the program does.</summary>
    public RawDocument Read()
    {
        var folder = TestFiles.TempDirectory();
        try
        {
            return FormatReaders.Read(Save(Path.Combine(folder, "test.docx")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
