using System.ComponentModel;
using Extractor.Reading.Pdf;

namespace Extractor.Reading.Ocr;

/// <summary>JBIG2 page images decoded to a bitmap by jbig2dec (Debian package jbig2dec), which Tesseract cannot read itself.</summary>
internal static class Jbig2
{
    private const string Program = "jbig2dec";

    public static byte[] Decode(ImageSamples image)
    {
        var folder = Directory.CreateTempSubdirectory("extractor-jbig2-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.jb2");
            var output = Path.Combine(folder.FullName, "page.pbm");
            File.WriteAllBytes(page, image.Data.ToArray());
            List<string> arguments = ["--embedded", "--format", "pbm", "--output", output];
            if (!image.Jbig2Globals.IsEmpty)
            {
                var globals = Path.Combine(folder.FullName, "globals.jb2");
                File.WriteAllBytes(globals, image.Jbig2Globals.ToArray());
                arguments.Add(globals);
            }

            arguments.Add(page);
            Run(arguments);
            return File.Exists(output) ? File.ReadAllBytes(output) : throw new OcrException("jbig2dec wrote no image");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(IEnumerable<string> arguments)
    {
        try
        {
            // A hostile JBIG2 stream must not hold the page forever.
            var result = OutsideProgram.Run(Program, arguments, TimeSpan.FromSeconds(60));
            if (result.ExitCode != 0)
            {
                throw new OcrException($"jbig2dec failed ({result.Errors.Split('\n', 2)[0].Trim()})");
            }
        }
        catch (TimeoutException e)
        {
            throw new OcrException($"jbig2dec {e.Message}");
        }
        catch (Win32Exception)
        {
            throw new OcrException("a JBIG2 image needs jbig2dec to be read: apt-get install jbig2dec");
        }
    }
}
