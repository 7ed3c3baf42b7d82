namespace Extractor.Reading.LegacyWord;

/// <summary>How Word 97-2003 files are converted: LibreOffice run as a process, one per file.</summary>
/// <param name="SofficePath">The soffice program: a name looked up on PATH, or a path.</param>
/// <param name="Timeout">Longest one conversion may take; the process tree is killed then and the file is reported.</param>
public sealed record LibreOfficeOptions(string SofficePath, TimeSpan Timeout)
{
    /// <summary>Where each conversion makes its temporary folder (removed afterwards); the system's temporary folder when null.</summary>
    public string? WorkFolder { get; init; }

    public static LibreOfficeOptions Default { get; } = new("soffice", TimeSpan.FromSeconds(120));
}
