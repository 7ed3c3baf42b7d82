using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Extractor.Reading;
using Extractor.Reading.LegacyText;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>
/// Writes a DOCX sample as an office still on legacy fonts would have typed it: the text of every
/// run in TCVN3 under ".VnTime" (capitals with accents, and words in capitals, in ".VnTimeH", which
/// draws the lower-case codes as capitals) or in VNI under "VNI-Times". Layout as <see cref="DocxSampleWriter"/>.
/// </summary>
public static class LegacyDocxWriter
{
    public const string Tcvn3Font = ".VnTime";
    public const string Tcvn3CapitalsFont = ".VnTimeH";
    public const string VniFont = "VNI-Times";

    public static void Write(RawDocument document, IReadOnlySet<string> autoNumberedParts, LegacyEncoding encoding, Stream output)
    {
        using var package = new MemoryStream();
        DocxSampleWriter.Write(document, autoNumberedParts, package);
        using (var word = WordprocessingDocument.Open(package, true))
        {
            var main = word.MainDocumentPart!;
            foreach (var root in new OpenXmlElement?[] { main.Document?.Body, main.FootnotesPart?.Footnotes })
            {
                foreach (var run in root?.Descendants<W.Run>().Where(r => r.GetFirstChild<W.Text>() is not null).ToList() ?? [])
                {
                    Encode(run, encoding);
                }
            }
        }

        package.Position = 0;
        DeterministicPackage.RepackInWordOrder(package, output);
    }

    private static void Encode(W.Run run, LegacyEncoding encoding)
    {
        var text = run.GetFirstChild<W.Text>()!.Text;
        // TCVN3 takes one run per stretch of like font, in the order of the text.
        var runs = encoding == LegacyEncoding.Vni
            ? [Run(run, Vni.Encode(text), VniFont)]
            : Tcvn3Typing.Type(text).Select(s => Run(run, s.Codes, s.Capitals ? Tcvn3CapitalsFont : Tcvn3Font)).ToList();
        foreach (var replacement in runs)
        {
            run.InsertBeforeSelf(replacement);
        }

        run.Remove();
    }

    private static W.Run Run(W.Run original, string text, string font)
    {
        var properties = (W.RunProperties?)original.RunProperties?.CloneNode(true) ?? new W.RunProperties();
        // rFonts comes first among run properties after the style.
        properties.InsertAt(new W.RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }, properties.RunStyle is null ? 0 : 1);
        return new W.Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
