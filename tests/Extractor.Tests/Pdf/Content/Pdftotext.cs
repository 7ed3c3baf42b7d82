using System.Diagnostics;
using NUnit.Framework;

namespace Extractor.Tests.Pdf.Content;

/// <summary>Runs poppler's pdftotext as the reference text extractor; tests are ignored, saying why, where it is missing.</summary>
internal static class Pdftotext
{
    /// <summary>The text of each page (pdftotext separates pages with form feeds).</summary>
    public static string[] Pages(string pdf, string mode = "-raw")
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pdftotext"))
            .FirstOrDefault(File.Exists);
        if (executable is null)
        {
            Assert.Ignore("pdftotext is not installed (apt: poppler-utils); no reference text to compare with");
        }

        using var process = Process.Start(new ProcessStartInfo(executable!, ["-q", "-enc", "UTF-8", mode, pdf, "-"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\f');
    }
}
