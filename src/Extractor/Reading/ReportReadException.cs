namespace Extractor.Reading;

/// <summary>Why a file could not be read, in words a user can act on.</summary>
public enum ReadFailure
{
    NotFound,
    Empty,
    UnsupportedFormat,
    Corrupt,
    Encrypted,
    LimitExceeded,
    NeedsOcr,
    /// <summary>A Word 97-2003 file and no LibreOffice (Writer) to convert it; "Libreoffice" so that its reason code reads "needs_libreoffice".</summary>
    NeedsLibreoffice,
}

/// <summary>
/// A file that cannot be read. The message is one line: the file name and the reason.
/// </summary>
public sealed class ReportReadException : Exception
{
    public ReportReadException(string path, ReadFailure failure, string reason, Exception? inner = null)
        : base($"{Path.GetFileName(path)}: {reason}", inner)
    {
        FilePath = path;
        Failure = failure;
        Reason = reason;
    }

    public string FilePath { get; }

    public ReadFailure Failure { get; }

    public string Reason { get; }
}
