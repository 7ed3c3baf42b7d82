using System.Text.RegularExpressions;

namespace Extractor.Text;

/// <summary>The kinds of section label, from the outermost ("Phần I") to the innermost ("a)").</summary>
internal enum LabelKind
{
    Part,
    Roman,
    Arabic,
    Decimal,
    Letter,
    /// <summary>No label: a Word heading style or outline level makes the paragraph a heading.</summary>
    Heading,
}

/// <summary>
/// A section label as written at the start of a heading: "Phần I", "PHẦN THỨ NHẤT", "I.",
/// "1.", "1.1.", "1.2" (dot missing), "a)". <see cref="Text"/> is the label without the
/// trailing dot, as the contract shows it ("II", "1.1", "a)").
/// </summary>
internal sealed partial record SectionLabel(LabelKind Kind, string Text, int Depth)
{
    /// <summary>
    /// Nesting rank: parts hold Roman sections, which hold "1.", which hold "1.1",
    /// which hold "1.1.1", which hold "a)". A label nests under the nearest open label of lower rank.
    /// </summary>
    public int Rank => Kind switch
    {
        LabelKind.Part => 0,
        LabelKind.Roman => 1,
        LabelKind.Arabic => 2,
        LabelKind.Decimal => 2 + Depth - 1,
        LabelKind.Letter => 6,
        LabelKind.Heading => Depth,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The unlabelled heading at a 0-based outline level: level 0 nests like "I.", level 1 like "1.".</summary>
    public static SectionLabel Heading(int outlineLevel) => new(LabelKind.Heading, "", outlineLevel + 1);

    /// <summary>
    /// Reads a label at the start of <paramref name="text"/>; <paramref name="rest"/> is what follows it, trimmed.
    /// </summary>
    public static bool TryParse(string text, out SectionLabel label, out string rest)
    {
        foreach (var (kind, pattern) in Patterns)
        {
            var m = pattern.Match(text);
            if (!m.Success || (kind == LabelKind.Roman && !IsRoman(m.Groups["n"].Value)))
            {
                continue;
            }

            var shown = m.Groups["n"].Value;
            label = new SectionLabel(kind, shown, kind == LabelKind.Decimal ? shown.Count(c => c == '.') + 1 : 1);
            rest = text[m.Length..].TrimStart(' ', '\t', '.', ':', '-', '–');
            return true;
        }

        label = null!;
        rest = text;
        return false;
    }

    private static bool IsRoman(string s) => RomanNumeral().IsMatch(s);

    private static readonly (LabelKind, Regex)[] Patterns =
    [
        (LabelKind.Part, PartPattern()),
        (LabelKind.Roman, RomanPattern()),
        (LabelKind.Decimal, DecimalPattern()),
        (LabelKind.Arabic, ArabicPattern()),
        (LabelKind.Letter, LetterPattern()),
    ];

    [GeneratedRegex(@"^(?<n>(?:PHẦN|Phần)\s+(?:(?:THỨ|thứ)\s+\p{L}+|[IVXLC]+|\d{1,2}))(?=$|[\s.:])")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,7})\.(?=\s|$)")]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s|$)")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.(?=\s|$)")]
    private static partial Regex ArabicPattern();

    [GeneratedRegex(@"^(?<n>[a-zđ]\))(?=\s|$)")]
    private static partial Regex LetterPattern();

    [GeneratedRegex("^(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})$|^L?X{0,3}(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();
}
