using System.Text;

namespace Extractor.Reading;

/// <summary>What a file is by its content, whatever its name says.</summary>
public enum FileFormat
{
    Docx,
    Pdf,
    Text,
    /// <summary>Word 97-2003 binary (an OLE compound file without an encrypted package).</summary>
    LegacyWord,
    /// <summary>A password-protected Office document: an OLE compound file holding "EncryptedPackage".</summary>
    EncryptedOffice,
    /// <summary>A ZIP package that is not a Word document (e.g. a workbook or a plain archive).</summary>
    OtherZip,
    Unknown,
}

/// <summary>Tells a file's format from its first bytes, so a wrong extension cannot mislead a reader.</summary>
internal static class FileFormatSniffer
{
    private const int HeadLength = 8192;

    private static readonly byte[] ZipMagic = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static FileFormat Sniff(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[HeadLength];
        var read = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        var span = head.AsSpan(0, read);

        if (span.StartsWith(ZipMagic))
        {
            return LooksLikeWordPackage(path) ? FileFormat.Docx : FileFormat.OtherZip;
        }

        if (span.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return FileFormat.Pdf;
        }

        if (span.StartsWith(OleMagic))
        {
            return ContainsOleStream(stream, head, read) ? FileFormat.EncryptedOffice : FileFormat.LegacyWord;
        }

        return IsUtf8Text(span, read < HeadLength) ? FileFormat.Text : FileFormat.Unknown;
    }

    private static bool LooksLikeWordPackage(string path)
    {
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            return zip.Entries.Any(e => e.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)
                || e.FullName.Equals("[Content_Types].xml", StringComparison.Ordinal) && zip.GetEntry("word/document.xml") is not null);
        }
        catch (InvalidDataException)
        {
            // A damaged ZIP that claims to be one: let the DOCX reader say what is wrong with it.
            return true;
        }
    }

    private static bool ContainsOleStream(Stream stream, byte[] head, int read)
    {
        // Directory entries hold UTF-16 stream names; an encrypted OOXML file has "EncryptedPackage".
        if (head.AsSpan(0, read).IndexOf(EncryptedPackageName) >= 0)
        {
            return true;
        }

        var buffer = new byte[64 * 1024];
        stream.Position = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (buffer.AsSpan(0, n).IndexOf(EncryptedPackageName) >= 0)
            {
                return true;
            }

            if (stream.Position < stream.Length)
            {
                stream.Position -= EncryptedPackageName.Length;
            }
        }

        return false;
    }

    private static bool IsUtf8Text(ReadOnlySpan<byte> span, bool complete)
    {
        if (span.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        // A multi-byte character may be cut at the end of the sample.
        return System.Text.Unicode.Utf8.IsValid(complete ? span : span[..TrimPartialUtf8(span)]);
    }

    private static int TrimPartialUtf8(ReadOnlySpan<byte> span)
    {
        var end = span.Length;
        while (end > 0 && (span[end - 1] & 0xC0) == 0x80)
        {
            end--;
        }

        return end > 0 && span[end - 1] >= 0xC0 ? end - 1 : end;
    }
}
