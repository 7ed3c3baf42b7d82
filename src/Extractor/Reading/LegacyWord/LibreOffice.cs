using System.ComponentModel;

namespace Extractor.Reading.LegacyWord;

/// <summary>
/// The soffice program converting one Word 97-2003 file to DOCX: headless, on a profile of its own
/// (so conversions at once, and a LibreOffice someone already runs, do not take each other's work),
/// its whole process tree (soffice, oosplash, soffice.bin) killed when it outlives the timeout.
/// </summary>
internal sealed class LibreOffice(LibreOfficeOptions options)
{
    private const string Install = "apt-get install libreoffice-writer-nogui";

    /// <summary>Why .doc files cannot be converted here (soffice not found, or LibreOffice without Writer) and what to install; null when they can.</summary>
    public string? Problem =>
        Located(options.SofficePath) is null ? $"'{options.SofficePath}' not found: {Install}"
        : WriterMissing() ? $"LibreOffice Writer is not installed: {Install}"
        : null;

    /// <summary>Converts <paramref name="path"/> into <paramref name="outputFolder"/> and returns the DOCX written there.</summary>
    /// <exception cref="ReportReadException">LibreOffice is missing, failed or timed out.</exception>
    public string ConvertToDocx(string path, string outputFolder)
    {
        var profiles = LibreOfficeProfiles.OfThisProcess;
        var profile = profiles.Take();
        var finished = false;
        try
        {
            var output = Run(path, outputFolder, profile);
            finished = true;
            return Directory.EnumerateFiles(outputFolder, "*.docx").FirstOrDefault() ?? throw Failed(path, output);
        }
        finally
        {
            if (finished)
            {
                profiles.Return(profile);
            }
            else
            {
                LibreOfficeProfiles.Discard(profile);
            }
        }
    }

    /// <returns>What soffice wrote to its output and error streams.</returns>
    private string Run(string path, string outputFolder, string profile)
    {
        // The import filter is named so that a damaged file fails instead of being opened as plain text.
        string[] arguments = ["--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--infilter=MS Word 97",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", outputFolder, Path.GetFullPath(path)];
        try
        {
            var result = OutsideProgram.Run(options.SofficePath, arguments, options.Timeout);
            return result.Output + result.Errors;
        }
        catch (Win32Exception e)
        {
            throw new ReportReadException(path, ReadFailure.NeedsLibreoffice,
                $"Word 97-2003 (.doc) files are read through LibreOffice, and '{options.SofficePath}' was not found or could not be started: {Install}", e);
        }
        catch (TimeoutException e)
        {
            throw new ReportReadException(path, ReadFailure.LimitExceeded, $"LibreOffice's conversion to DOCX {e.Message}", e);
        }
    }

    private ReportReadException Failed(string path, string output)
    {
        if (WriterMissing())
        {
            return new ReportReadException(path, ReadFailure.NeedsLibreoffice,
                $"Word 97-2003 (.doc) files are read through LibreOffice Writer, which is not installed: {Install}");
        }

        // soffice exits with 0 whatever happened; its "Error: ..." line says what went wrong.
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var error = lines.FirstOrDefault(l => l.StartsWith("Error:", StringComparison.Ordinal))?["Error:".Length..].Trim()
            ?? lines.LastOrDefault() ?? "no output";
        return new ReportReadException(path, ReadFailure.Corrupt, $"LibreOffice could not convert it as a Word 97-2003 document ({error})");
    }

    // LibreOffice without Writer (e.g. only libreoffice-calc-nogui) opens no Word file at all: its program
    // folder has the core library (libmergedlo) but not Writer's (libswlo).
    private bool WriterMissing()
    {
        var program = Located(options.SofficePath);
        if (program is null)
        {
            return false;
        }

        var folder = Path.GetDirectoryName(new FileInfo(program).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? program)!;
        return Directory.EnumerateFiles(folder, "*mergedlo*").Any() && !Directory.EnumerateFiles(folder, "*swlo*").Any();
    }

    private static string? Located(string program) =>
        program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? (File.Exists(program) ? program : null)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, program))
                .FirstOrDefault(File.Exists);
}
