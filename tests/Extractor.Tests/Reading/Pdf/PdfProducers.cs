using System.Diagnostics;
using NUnit.Framework;

namespace Extractor.Tests.Reading.Pdf;

/// <summary>
/// Producers other than LibreOffice, making its PDFs again as they would write them: Ghostscript and cairo re-encode
/// and subset the fonts their own way, qpdf writes object streams or a linearised file. Made in a folder of the test
/// run by the programs CI installs; a test needing a missing one is skipped, saying what to install.
/// </summary>
internal static class PdfProducers
{
    /// <summary>How each producer makes its PDF from LibreOffice's: program, then arguments around the input and output paths.</summary>
    private static readonly Dictionary<string, (string Program, Func<string, string, string[]> Arguments, string Package)> Producers = new()
    {
        ["libreoffice"] = ("", (_, _) => [], ""),
        ["ghostscript"] = ("gs", (input, output) => ["-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", $"-sOutputFile={output}", input], "ghostscript"),
        ["cairo"] = ("pdftocairo", (input, output) => ["-pdf", input, output], "poppler-utils"),
        ["qpdf-object-streams"] = ("qpdf", (input, output) => ["--object-streams=generate", input, output], "qpdf"),
        ["qpdf-linearized"] = ("qpdf", (input, output) => ["--linearize", input, output], "qpdf"),
    };

    /// <summary>"libreoffice" (the file as it is), "ghostscript", "cairo", "qpdf-object-streams", "qpdf-linearized".</summary>
    public static IEnumerable<string> Names => Producers.Keys;

    /// <summary>The PDF as <paramref name="producer"/> writes it again (LibreOffice's own as it is), in a folder of its own.</summary>
    public static string Remade(string pdf, string producer)
    {
        var (program, arguments, package) = Producers[producer];
        if (program.Length == 0)
        {
            return pdf;
        }

        var output = Path.Combine(TestFiles.TempDirectory(), $"{Path.GetFileNameWithoutExtension(pdf)}.{producer}.pdf");
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments(pdf, output))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore($"{program} is not installed (apt-get install {package}); the {producer} PDF is not made");
            throw;
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"{program}: {errors.Result}");
        }

        return output;
    }
}
