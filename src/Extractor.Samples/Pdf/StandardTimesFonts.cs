using System.Globalization;

namespace Extractor.Samples.Pdf;

/// <summary>The four standard Times fonts, not embedded, all drawing Unicode text through one <see cref="SimpleFontEncoding"/>.</summary>
internal sealed class StandardTimesFonts(SimpleFontEncoding encoding) : IFontSet
{
    public IEnumerable<(string Font, byte[] Codes)> Show(StandardFont face, string text) => [(ResourceName(face), encoding.Encode(text))];

    public string Write(PdfFileWriter file)
    {
        var encodingId = file.Reserve();
        var fonts = Enum.GetValues<StandardFont>().ToDictionary(font => font, _ => file.Reserve());
        file.WriteObject(encodingId, encoding.Dictionary());
        foreach (var (font, id) in fonts)
        {
            file.WriteObject(id,
                $"<< /Type /Font /Subtype /Type1 /BaseFont /{StandardFontMetrics.BaseFont(font)} /FirstChar {encoding.FirstCode} /LastChar 255 " +
                $"/Widths {encoding.Widths(font)} /Encoding {encodingId} 0 R >>");
        }

        return string.Concat(fonts.Select(f => $" /{ResourceName(f.Key)} {f.Value} 0 R"));
    }

    private static string ResourceName(StandardFont font) => "F" + ((int)font + 1).ToString(CultureInfo.InvariantCulture);
}
