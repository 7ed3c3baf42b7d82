using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Extractor.Samples;

/// <summary>
/// docProps/core.xml as Word writes it, with fixed dates: the packaging layer's own property
/// writer would store them under a random part name with the current time.
/// </summary>
internal static class CoreProperties
{
    private const string Stamp = "2024-01-01T00:00:00Z";
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(CoreFilePropertiesPart part)
    {
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "creator", Dc, "extractor-samples");
        xml.WriteElementString("cp", "lastModifiedBy", Cp, "extractor-samples");
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(Stamp);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
