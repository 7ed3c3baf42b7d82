using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Extractor.Reading.LegacyWord;

/// <summary>
/// LibreOffice user profiles kept for the life of the process in one folder under the system temp
/// folder. A conversion on a used profile starts about 0.4 s sooner (of about 2 s); two LibreOffice
/// processes on one profile hand work to each other and one conversion is silently lost, so a
/// profile serves one conversion at a time.
/// </summary>
internal sealed class LibreOfficeProfiles
{
    private const string FolderPrefix = "extractor-libreoffice-";

    private readonly ConcurrentBag<string> idle = [];
    private readonly string root = Path.Combine(Path.GetTempPath(), FolderPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    private int made;

    private LibreOfficeProfiles()
    {
        RemoveFoldersOfEndedProcesses();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(root);
    }

    public static LibreOfficeProfiles OfThisProcess { get; } = new();

    /// <summary>A profile folder no other conversion uses until it is returned (LibreOffice fills a new one itself).</summary>
    public string Take() =>
        idle.TryTake(out var profile) ? profile : Path.Combine(root, Interlocked.Increment(ref made).ToString(CultureInfo.InvariantCulture));

    public void Return(string profile) => idle.Add(profile);

    /// <summary>Deletes a profile a killed LibreOffice may have left locked or half written.</summary>
    public static void Discard(string profile) => Delete(profile);

    // A process that was killed could not remove its folder.
    private static void RemoveFoldersOfEndedProcesses()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder).AsSpan(FolderPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
                && !IsRunning(processId))
            {
                Delete(folder);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or another user's: nothing of ours to remove.
        }
    }
}
