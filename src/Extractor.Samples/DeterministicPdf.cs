using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Samples;

/// <summary>
/// Makes a PDF from an office program or a browser rebuild byte for byte: its creation and
/// modification dates become fixed ones and its file identifier (and LibreOffice's /DocChecksum)
/// a digest of the content. Every replacement has the length of what it replaces, so the
/// cross-reference offsets stay right.
/// </summary>
public static partial class DeterministicPdf
{
    private const string FixedDate = "20240101000000";

    public static byte[] Normalize(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so the binary parts survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        text = DatePattern().Replace(text, m => m.Groups["prefix"].Value + FixedDate);
        // The digest is taken with the identifiers blanked, so it depends only on the content.
        var blanked = Identifiers(text, _ => "0");
        var digest = Convert.ToHexString(MD5.HashData(Encoding.Latin1.GetBytes(blanked)));
        return Encoding.Latin1.GetBytes(Identifiers(text, length => Repeat(digest, length)));
    }

    public static void NormalizeFile(string path) => File.WriteAllBytes(path, Normalize(File.ReadAllBytes(path)));

    private static string Identifiers(string text, Func<int, string> hex)
    {
        text = IdPattern().Replace(text, m => Replace(m, hex, "first", "second"));
        return ChecksumPattern().Replace(text, m => Replace(m, hex, "sum"));
    }

    private static string Replace(Match match, Func<int, string> hex, params string[] groups)
    {
        var result = new StringBuilder(match.Value);
        foreach (var group in groups.Select(g => match.Groups[g]).OrderByDescending(g => g.Index))
        {
            var at = group.Index - match.Index;
            result.Remove(at, group.Length).Insert(at, hex(group.Length).PadRight(group.Length, '0')[..group.Length]);
        }

        return result.ToString();
    }

    private static string Repeat(string digest, int length) =>
        string.Concat(Enumerable.Repeat(digest, length / digest.Length + 1))[..length];

    [GeneratedRegex(@"(?<prefix>/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<first>[0-9A-Fa-f]+)>\s*<(?<second>[0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/DocChecksum\s*/(?<sum>[0-9A-Fa-f]+)")]
    private static partial Regex ChecksumPattern();
}
