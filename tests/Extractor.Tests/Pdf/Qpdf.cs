using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

/// <summary>Runs the qpdf command-line tool, the reference the file layer is compared with; tests needing it are ignored without it.</summary>
internal static class Qpdf
{
    private static readonly Lazy<bool> Available = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "qpdf"))));

    public static void RequireInstalled()
    {
        if (!Available.Value)
        {
            Assert.Ignore("qpdf is not installed (apt-get install qpdf); the comparison with qpdf is skipped");
        }
    }

    /// <summary>Runs qpdf and returns its standard output as text (invalid UTF-8, as in raw names, is replaced).</summary>
    public static string Run(params string[] arguments) => Encoding.UTF8.GetString(RunBytes(arguments));

    /// <summary>Runs qpdf and returns its standard output; exit code 3 (warnings) counts as success.</summary>
    public static byte[] RunBytes(params string[] arguments)
    {
        RequireInstalled();
        var start = new ProcessStartInfo("qpdf", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0).Or.EqualTo(3), $"qpdf {string.Join(' ', arguments)} failed: {error.Result}");
        return output.ToArray();
    }

    /// <summary>Writes <paramref name="input"/> to a temporary file, runs qpdf on it with <paramref name="arguments"/> then the output path, returns the output bytes.</summary>
    public static byte[] Transform(byte[] input, params string[] arguments)
    {
        var inputPath = Path.GetTempFileName();
        var outputPath = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(inputPath, input);
            Run([.. arguments.Select(a => a == "{in}" ? inputPath : a), outputPath]);
            return File.ReadAllBytes(outputPath);
        }
        finally
        {
            File.Delete(inputPath);
            File.Delete(outputPath);
        }
    }
}
