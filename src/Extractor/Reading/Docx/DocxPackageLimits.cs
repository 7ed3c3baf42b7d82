using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Extractor.Reading.Docx;

/// <summary>
/// Refuses hostile packages before the OpenXML SDK touches them: zip bombs from the ZIP
/// directory alone (nothing is inflated), then deeply nested XML parts with a
/// streaming pass, because the SDK builds its DOM recursively and a deep part overflows the stack.
/// </summary>
internal static class DocxPackageLimits
{
    // A small entry may compress extremely well (a page of spaces) without being dangerous:
    // the ratio only says "bomb" once the entry is big enough to cost memory.
    private const long RatioCheckedFromBytes = 1024 * 1024;

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// Checks every entry's declared size and compression ratio, and their total, against the
    /// limits. Declared sizes can be trusted for this: ZipArchive never inflates an entry past
    /// its declared size, whatever the compressed data holds.
    /// </summary>
    public static void CheckEntries(string path, ReaderOptions options)
    {
        using var zip = ZipFile.OpenRead(path);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            // Counted in bytes, known before anything is inflated; a UTF-8 part has no more characters than bytes.
            if (IsXml(entry.FullName) && entry.Length > options.MaxPartCharacters)
            {
                throw Limit(path, $"part {entry.FullName} unpacks to {Megabytes(entry.Length)}, over the part limit of {options.MaxPartCharacters:N0} characters");
            }

            if (entry.Length >= RatioCheckedFromBytes && entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw Limit(path, $"part {entry.FullName} is compressed {entry.Length / Math.Max(1, entry.CompressedLength):N0}:1, over the ratio limit of {options.MaxCompressionRatio}:1");
            }

            // The unpacked package may not be bigger than the largest file accepted packed.
            total += entry.Length;
            if (total > options.MaxFileBytes)
            {
                throw Limit(path, $"package unpacks to at least {Megabytes(total)}, over the limit of {Megabytes(options.MaxFileBytes)}");
            }
        }
    }

    /// <summary>
    /// Streams through a part once, refusing it when it nests deeper than the limit. Malformed XML
    /// surfaces here, named by part. Returns the part's paragraph count, so the paragraph limit is
    /// also checked before the DOM is built.
    /// </summary>
    public static int ScanPart(string path, OpenXmlPart? part, ReaderOptions options)
    {
        if (part is null)
        {
            return 0;
        }

        var name = part.Uri.OriginalString.TrimStart('/');
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, settings);
        var paragraphs = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > options.MaxNestingDepth)
                {
                    throw Limit(path, $"part {name} nests elements deeper than the limit of {options.MaxNestingDepth}");
                }

                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "p" && reader.NamespaceURI == WordNamespace)
                {
                    paragraphs++;
                }
            }

            return paragraphs;
        }
        catch (XmlException e)
        {
            throw new ReportReadException(path, ReadFailure.Corrupt, $"invalid XML in {name} at line {e.LineNumber}, position {e.LinePosition}", e);
        }
    }

    private static bool IsXml(string entryName) =>
        entryName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entryName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    private static ReportReadException Limit(string path, string reason) => new(path, ReadFailure.LimitExceeded, reason);
}
