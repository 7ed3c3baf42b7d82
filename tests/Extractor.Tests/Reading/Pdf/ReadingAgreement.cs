using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// How far two readings of one document agree. Text is compared after whitespace
/// normalisation (every run of white space, line breaks included, is one space), since a
/// PDF cannot tell a wrapped line from a line break.
/// </summary>
/// <remarks>
/// Body agreement is 2·LCS / (|a| + |b|) over the characters of the body text (preamble,
/// then every section's label, title and paragraphs in tree order, tables aside): the
/// share of characters both readings have in the same order, as Python's difflib ratio
/// defines it. The LCS comes from Myers' O((N+M)·D) difference algorithm, fast when the
/// texts are close (60,000 characters with 300 differences: about 40 million steps).
/// </remarks>
internal static partial class ReadingAgreement
{
    public static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Each section as "level label | title", depth first.</summary>
    public static List<string> Outline(Report report) =>
        report.AllSections().Select(s => $"{s.Level} {s.Label} | {Normalise(s.Title)}").ToList();

    public static List<string> Notes(Report report) =>
        report.Footnotes.Select(f => $"{f.Number}: {Normalise(f.Text)}").ToList();

    public static string BodyText(Report report) => Normalise(string.Join(' ',
        report.Preamble.Select(p => p.Text)
            .Concat(report.AllSections().SelectMany(s => s.Paragraphs.Select(p => p.Text).Prepend($"{s.Label} {s.Title}")))));

    /// <summary>Words with letters beyond ASCII (Vietnamese diacritics) in <paramref name="text"/> that <paramref name="reference"/> never has.</summary>
    public static List<string> UnknownDiacriticWords(string text, string reference)
    {
        var known = Words().Matches(reference).Select(m => m.Value).ToHashSet();
        return Words().Matches(text).Select(m => m.Value).Where(w => w.Any(c => c > '\u007f' && char.IsLetter(c)) && !known.Contains(w)).Distinct().ToList();
    }

    /// <summary>2·LCS / (|a| + |b|); 0 when the texts differ in more than <paramref name="maxEdits"/> insertions and deletions.</summary>
    public static double Ratio(string a, string b, int maxEdits = 20_000)
    {
        var edits = EditDistance(a, b, maxEdits);
        return edits < 0 ? 0 : (a.Length + b.Length - edits) / (double)Math.Max(1, a.Length + b.Length);
    }

    /// <summary>Fewest insertions and deletions turning <paramref name="a"/> into <paramref name="b"/> (Myers 1986), or -1 beyond <paramref name="max"/>.</summary>
    private static int EditDistance(string a, string b, int max)
    {
        var (n, m) = (a.Length, b.Length);
        var offset = max + 1;
        var furthest = new int[(2 * max) + 3];
        for (var d = 0; d <= max; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
                    ? furthest[offset + k + 1]
                    : furthest[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                furthest[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return d;
                }
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
