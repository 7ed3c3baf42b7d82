using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Text;

namespace Extractor.Layout;

/// <summary>
/// The end of a document that is not body content: the closing formula
/// ("Trên đây là báo cáo ... của UBND huyện X./."), the "Nơi nhận:" list and the signature
/// block (capacity "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; title; name).
/// </summary>
internal static partial class ClosingBlock
{
    /// <summary>"Nơi nhận:" opening the distribution list.</summary>
    public static bool IsRecipientsHeading(string line) => RecipientsHeading().IsMatch(line);

    /// <summary>The sentence that ends the body: "Trên đây là ...", or any paragraph ending "./.".</summary>
    public static bool IsFormula(string text) =>
        text.StartsWith("Trên đây là", StringComparison.OrdinalIgnoreCase) || text.TrimEnd().EndsWith("./.", StringComparison.Ordinal);

    /// <summary>Splits the closing lines (after the formula) into recipients and signature, and reads the signer.</summary>
    public static (Closing Closing, Signer? Signer) Read(string? formula, IEnumerable<string> lines)
    {
        var recipients = new List<string>();
        var signature = new List<string>();
        var inRecipients = false;
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (IsRecipientsHeading(line))
            {
                inRecipients = true;
                var rest = RecipientsHeading().Replace(line, "").Trim();
                if (rest.Length > 0)
                {
                    recipients.Add(rest);
                }
            }
            else if (inRecipients && ListItemMarker.Starts(line))
            {
                recipients.Add(ListItemMarker.Strip(line));
            }
            else
            {
                inRecipients = false;
                signature.Add(line);
            }
        }

        return (new Closing(formula, recipients, signature), SignerOf(signature));
    }

    private static Signer? SignerOf(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var capacity = lines.Where(l => Capacity().IsMatch(l)).ToList();
        var titles = lines.Where(l => !Capacity().IsMatch(l) && IsUpper(l) && !l.StartsWith('(')).ToList();
        var name = lines.LastOrDefault(l => !IsUpper(l) && NamePattern().IsMatch(l));
        return new Signer(
            capacity.Count == 0 ? null : string.Join(" / ", capacity),
            titles.Count == 0 ? null : string.Join(" ", titles),
            name);
    }

    private static bool IsUpper(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    [GeneratedRegex(@"^Nơi\s+nhận\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeading();

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q|T/M)\.?\s+\p{Lu}")]
    private static partial Regex Capacity();

    // Two to six capitalised words: "Hoàng Văn Thuận".
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$")]
    private static partial Regex NamePattern();
}
