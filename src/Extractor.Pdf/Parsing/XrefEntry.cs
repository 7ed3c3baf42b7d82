namespace Extractor.Pdf.Parsing;

internal enum XrefEntryKind
{
    Free,
    InFile,
    InObjectStream,
}

/// <summary>Where an object lives: at a file offset, or at an index inside an object stream.</summary>
internal readonly record struct XrefEntry(XrefEntryKind Kind, long Offset, int StreamNumber, int Index)
{
    public static readonly XrefEntry Free = new(XrefEntryKind.Free, 0, 0, 0);

    public static XrefEntry InFile(long offset) => new(XrefEntryKind.InFile, offset, 0, 0);

    public static XrefEntry InObjectStream(int streamNumber, int index) => new(XrefEntryKind.InObjectStream, 0, streamNumber, index);
}
