using System.Text.RegularExpressions;
using Extractor.Extraction.Quantities;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Extraction;

/// <summary>
/// A quantity's breakdowns, read from the words around it, nearest first: its label, the
/// enumeration's lead-in, the words before it in its clause; a season or a scope also from what
/// frames the passage (the section titles; for a footnote, the body clause the note breaks down).
/// A crop or an animal is not taken from there: a title or a clause lists several ("chăn nuôi trâu,
/// bò, lợn, gia cầm") and names no one of them. Crop, season, livestock and scope come from the
/// lexicon (models/dimensions.tsv); a named commune ("xã Tràng Các") is a scope; budget_level is the
/// level that assigned the plan the figure or its percentage refers to.
/// </summary>
internal static partial class DimensionReading
{
    public static RecordDimensions Read(StatedQuantity quantity, string context)
    {
        var lexicon = DimensionLexicon.Embedded;
        string[] near = [quantity.Label, quantity.LeadIn, quantity.Words];
        string? Find(string key) => near.Select(t => lexicon.Find(key, t)).FirstOrDefault(v => v is not null);

        // Crops and seasons are named with areas, outputs and yields; elsewhere the same words mean other things.
        var farmed = quantity.Mention.Unit?.Dimension is null or Dimension.Area or Dimension.Mass or Dimension.Yield or Dimension.Percent;
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                pairs.Add(KeyValuePair.Create(key, value));
            }
        }

        if (farmed)
        {
            Add("crop", Find("crop"));
            Add("season", Find("season") ?? Framing(lexicon, context).Season);
        }

        Add("livestock", Find("livestock"));
        Add("budget_level", quantity.PlanLevel);
        Add("scope", near.Select(t => lexicon.Find("scope", t) ?? Commune(t)).FirstOrDefault(v => v is not null) ?? Framing(lexicon, context).Scope);
        return RecordDimensions.Of(pairs);
    }

    /// <summary>The season and scope what frames a passage names: read once for the quantities of a passage, which share it.</summary>
    private static (string? Season, string? Scope) Framing(DimensionLexicon lexicon, string context)
    {
        if (t_framing is not { } kept || kept.Context != context || kept.Lexicon != lexicon)
        {
            t_framing = kept = (lexicon, context, lexicon.Find("season", context), lexicon.Find("scope", context));
        }

        return (kept.Season, kept.Scope);
    }

    [ThreadStatic]
    private static (DimensionLexicon Lexicon, string Context, string? Season, string? Scope)? t_framing;

    /// <summary>"xã Tràng Các", "thị trấn Văn Quan": the commune a figure is given for, nearest the quantity.</summary>
    private static string? Commune(string text)
    {
        var m = NamedCommune().Match(text);
        return m.Success ? $"{m.Groups["kind"].Value} {SingleSpacedText.Of(m.Groups["name"].Value)}" : null;
    }

    // The kind in lower case and the name capitalised, as reports write a place: "xã Bình Trung", not "các xã".
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>xã|thị trấn|phường)\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?![\p{L}])", RegexOptions.RightToLeft)]
    private static partial Regex NamedCommune();
}
