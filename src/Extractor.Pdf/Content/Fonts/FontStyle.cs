using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content.Fonts;

/// <summary>A font's base name without subset prefix, and whether it is bold or italic.</summary>
internal sealed record FontStyle(string Name, bool Bold, bool Italic)
{
    private const int ItalicFlag = 1 << 6;
    private const int ForceBoldFlag = 1 << 18;
    private const double BoldWeight = 600;

    private static readonly string[] BoldMarkers = ["Bold", "Black", "Heavy", "Semibold"];
    private static readonly string[] ItalicMarkers = ["Italic", "Oblique"];

    /// <summary>The style from the base font name ("Arial,BoldItalic", "ABCDEF+TimesNewRomanPS-BoldMT") and descriptor.</summary>
    public static FontStyle From(PdfDocument document, string? baseFont, PdfDictionary? descriptor)
    {
        var flags = document.Resolve<PdfNumber>(descriptor?["Flags"])?.AsDouble() is { } value ? (long)value : 0;
        var weight = document.Resolve<PdfNumber>(descriptor?["FontWeight"])?.AsDouble() ?? 0;
        return Of(baseFont ?? "", (flags & ForceBoldFlag) != 0 || weight >= BoldWeight, (flags & ItalicFlag) != 0);
    }

    /// <summary>
    /// The style a base font name gives, or the descriptor where the name does not say it: producers name bold
    /// faces ("LiberationSerif-Bold") without setting ForceBold or a weight. Another engine's fonts are judged here too.
    /// </summary>
    public static FontStyle Of(string baseFont, bool boldByDescriptor, bool italicByDescriptor)
    {
        var name = WithoutSubsetPrefix(baseFont);
        var bold = boldByDescriptor || BoldMarkers.Any(marker => name.Contains(marker, StringComparison.OrdinalIgnoreCase));
        var italic = italicByDescriptor || ItalicMarkers.Any(marker => name.Contains(marker, StringComparison.OrdinalIgnoreCase));
        return new FontStyle(name, bold, italic);
    }

    /// <summary>"ABCDEF+Name" becomes "Name": subset fonts carry six capital letters and a plus sign before the name.</summary>
    public static string WithoutSubsetPrefix(string name) =>
        name.Length > 7 && name[6] == '+' && name.AsSpan(0, 6).IndexOfAnyExceptInRange('A', 'Z') < 0 ? name[7..] : name;
}
