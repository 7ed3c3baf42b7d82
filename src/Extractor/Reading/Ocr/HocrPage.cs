using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Extractor.Reading.Ocr;

/// <summary>A box in image pixels, y down, as hOCR writes it.</summary>
internal readonly record struct PixelBox(double Left, double Top, double Right, double Bottom);

/// <summary>A word Tesseract read, with its box and its confidence (0..1).</summary>
internal sealed record OcrWord(string Text, PixelBox Box, double Confidence);

/// <summary>A line Tesseract found: its box, its size (ascender to descender) and descender depth in pixels, its words.</summary>
internal sealed record OcrLine(PixelBox Box, double Size, double Descenders, IReadOnlyList<OcrWord> Words);

/// <summary>Reads the lines and words of Tesseract's hOCR (XHTML whose title attributes carry the boxes).</summary>
internal static class HocrPage
{
    private static readonly HashSet<string> LineClasses = ["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"];

    public static IReadOnlyList<OcrLine> Parse(string hocr)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(hocr), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new OcrException($"Tesseract wrote hOCR that is not XML ({e.Message})");
        }

        var lines = new List<OcrLine>();
        foreach (var line in document.Descendants().Where(e => LineClasses.Contains((string?)e.Attribute("class") ?? "")))
        {
            var title = Title(line);
            var words = line.Descendants()
                .Where(e => (string?)e.Attribute("class") == "ocrx_word" && !string.IsNullOrWhiteSpace(e.Value))
                .Select(e => Title(e) is var t && Box(t) is { } box ? new OcrWord(e.Value.Trim(), box, Number(t, "x_wconf", 0) / 100) : null)
                .OfType<OcrWord>()
                .ToList();
            if (Box(title) is { } lineBox && words.Count > 0)
            {
                lines.Add(new OcrLine(lineBox, Number(title, "x_size", lineBox.Bottom - lineBox.Top), Number(title, "x_descenders", 0), words));
            }
        }

        return lines;
    }

    /// <summary>The properties of a title attribute: "bbox 143 193 236 2236; x_size 69" as name -> values.</summary>
    private static Dictionary<string, string[]> Title(XElement element) =>
        ((string?)element.Attribute("title") ?? "")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 0)
            .GroupBy(parts => parts[0])
            .ToDictionary(g => g.Key, g => g.First()[1..]);

    private static PixelBox? Box(Dictionary<string, string[]> title) =>
        title.TryGetValue("bbox", out var v) && v.Length == 4 && v.All(IsNumber)
            ? new PixelBox(Value(v[0]), Value(v[1]), Value(v[2]), Value(v[3]))
            : null;

    private static double Number(Dictionary<string, string[]> title, string name, double fallback) =>
        title.TryGetValue(name, out var v) && v.Length > 0 && IsNumber(v[0]) ? Value(v[0]) : fallback;

    private static bool IsNumber(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static double Value(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
