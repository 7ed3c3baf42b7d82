namespace Extractor.Model;

/// <summary>
/// Something a reader noticed and worked around, e.g. dropped tracked deletions or a skipped page:
/// a stable <see cref="Code"/> for scripts, a message for people, and where it happened.
/// </summary>
public sealed record Diagnostic(DiagnosticLevel Level, DiagnosticCode Code, string Message)
{
    /// <summary>The file the report was read from, as the caller named it.</summary>
    public string? File { get; init; }

    /// <summary>The page (from 1) it concerns; null when it concerns the whole document.</summary>
    public int? Page { get; init; }

    /// <summary>The code as written in output: <see cref="DiagnosticCode.TrackedDeletionsDropped"/> is "tracked_deletions_dropped".</summary>
    public string CodeName => StableCode.Of(Code);
}

public enum DiagnosticLevel
{
    Info,
    Warning,
}

/// <summary>What a diagnostic is about. The names, written in snake case, are stable and listed in the README.</summary>
public enum DiagnosticCode
{
    /// <summary>The PDF's structure was damaged and repaired while reading (cross-references rebuilt, a length fixed).</summary>
    PdfRepaired,

    /// <summary>How Vietnamese the text layer of the judged pages reads (the range of scores).</summary>
    TextLayerJudged,

    /// <summary>A page's text layer is not usable Vietnamese, and the page was read by OCR instead.</summary>
    OcrUsed,

    /// <summary>A page's text layer is not usable Vietnamese and OCR could not replace it: the page is left out.</summary>
    TextLayerUnusable,

    /// <summary>OCR read a page, but its text is not usable Vietnamese: the page is left out.</summary>
    OcrTextUnusable,

    /// <summary>A page has no text layer (a scan) and was not read by OCR: it is left out.</summary>
    NeedsOcr,

    /// <summary>OCR of one page failed (timeout, unreadable image): the page is left out.</summary>
    OcrFailed,

    /// <summary>OCR is not available (Tesseract or its Vietnamese data missing): scanned pages are left out.</summary>
    OcrUnavailable,

    /// <summary>A page with nothing on it.</summary>
    BlankPage,

    /// <summary>A signing service's stamp ("Ký bởi: ...") was left out of the text.</summary>
    SigningStampRemoved,

    /// <summary>Text in a legacy Vietnamese encoding (TCVN3, VNI) was decoded.</summary>
    LegacyEncodingDecoded,

    /// <summary>A Word 97-2003 file was read from LibreOffice's conversion to DOCX.</summary>
    ConvertedByLibreoffice,

    /// <summary>Tracked deletions were dropped and tracked insertions kept.</summary>
    TrackedDeletionsDropped,

    /// <summary>Embedded foreign-format chunks (altChunk) were not read.</summary>
    EmbeddedChunksSkipped,

    /// <summary>Footnotes or endnotes never referenced in the text were left out.</summary>
    UnreferencedNotesDropped,

    /// <summary>Footnote or endnote references point to no note in the package.</summary>
    NoteReferencesUnresolved,

    /// <summary>The document has endnotes: they are numbered after the footnotes.</summary>
    EndnotesNumberedAfterFootnotes,
}
