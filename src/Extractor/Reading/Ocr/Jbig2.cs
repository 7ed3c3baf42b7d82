using System.ComponentModel;
using System.Diagnostics;
using Extractor.Pdf.Content;

namespace Extractor.Reading.Ocr;

/// <summary>JBIG2 page images decoded to a bitmap by jbig2dec (Debian package jbig2dec), which Tesseract cannot read itself.</summary>
internal static class Jbig2
{
    private const string Program = "jbig2dec";

    public static byte[] Decode(PdfImage image)
    {
        var folder = Directory.CreateTempSubdirectory("extractor-jbig2-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.jb2");
            var output = Path.Combine(folder.FullName, "page.pbm");
            File.WriteAllBytes(page, image.Data.ToArray());
            var start = new ProcessStartInfo(Program) { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "--embedded", "--format", "pbm", "--output", output })
            {
                start.ArgumentList.Add(argument);
            }

            if (!image.Jbig2Globals.IsEmpty)
            {
                var globals = Path.Combine(folder.FullName, "globals.jb2");
                File.WriteAllBytes(globals, image.Jbig2Globals.ToArray());
                start.ArgumentList.Add(globals);
            }

            start.ArgumentList.Add(page);
            Run(start);
            return File.Exists(output) ? File.ReadAllBytes(output) : throw new OcrException("jbig2dec wrote no image");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(ProcessStartInfo start)
    {
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new OcrException($"jbig2dec failed ({errors.Split('\n', 2)[0].Trim()})");
            }
        }
        catch (Win32Exception)
        {
            throw new OcrException("a JBIG2 image needs jbig2dec to be read: apt-get install jbig2dec");
        }
    }
}
