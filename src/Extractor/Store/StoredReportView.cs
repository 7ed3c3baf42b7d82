using Extractor.Model;
using Extractor.Records;

namespace Extractor.Store;

/// <summary>
/// A stored report as a reader sees it on a page: what it is, its section tree with each paragraph
/// and where its footnote references sit, its footnotes, the records found in it, its files (by their
/// position in <see cref="Files"/>, never by path), and what its reader noticed (OCR, legacy encodings).
/// </summary>
/// <param name="Id">The store's id of the report, as <see cref="SearchHit.ReportId"/> gives it.</param>
/// <param name="Name">File name of the file it is read from.</param>
/// <param name="Sections">Every section in document order, depth first.</param>
/// <param name="Paragraphs">Every body paragraph and table row in document order; those before the first section have no section.</param>
/// <param name="Footnotes">By number.</param>
/// <param name="Records">In document order, as <see cref="IReportStore.Records"/> gives them.</param>
/// <param name="Files">The file it is read from, then its twins by path, as <see cref="IReportStore.ReportFiles"/> lists them.</param>
/// <param name="Diagnostics">In the order its reader noticed them. A report stored before schema 9 has none, and no footnote references, until it is ingested again.</param>
public sealed record StoredReportView(
    long Id,
    string Name,
    StoredMetadata Metadata,
    IReadOnlyList<StoredSection> Sections,
    IReadOnlyList<StoredParagraph> Paragraphs,
    IReadOnlyList<StoredFootnote> Footnotes,
    IReadOnlyList<IndicatorRecord> Records,
    IReadOnlyList<StoredFile> Files,
    IReadOnlyList<StoredDiagnostic> Diagnostics);

/// <summary>A stored report's metadata as the store keeps it: the words, not the parsed parts.</summary>
/// <param name="Date">yyyy-mm-dd, or null.</param>
/// <param name="Place">"huyện Bắc Sơn".</param>
/// <param name="Period">"6 tháng đầu năm 2024".</param>
public sealed record StoredMetadata(
    string? Type, string? Number, string? Date, string? Issuer, string? Place, string? Province, string? Period, int? Year, string? Title);

/// <summary>A section: its store id, its parent's (null at the top), label, title and level (1 at the top), and the labels from the root ("II > 1").</summary>
public sealed record StoredSection(long Id, long? ParentId, string Label, string Title, int Level, string Path);

/// <summary>A paragraph or table row: its section (null before the first), its text, where its footnote references sit in it, and its page where the format has pages.</summary>
public sealed record StoredParagraph(long? SectionId, string Text, IReadOnlyList<FootnoteRef> FootnoteRefs, int? Page);

/// <summary>A footnote: the number a reader sees, the section path its reference stands in, its whole text.</summary>
public sealed record StoredFootnote(int Number, string Section, string Text);

/// <summary>What the reader noticed about a report (<see cref="Diagnostic"/>), as stored: the stable code ("ocr_used"), "info" or "warning", the message, the page.</summary>
public sealed record StoredDiagnostic(string Code, string Level, string Message, int? Page);

/// <summary>What a store holds: how many reports, how they divide by province, year and type (most first, then by value; reports without one left out), and how many records.</summary>
public sealed record ArchiveCounts(
    int Reports, int Records, IReadOnlyList<FacetCount> Provinces, IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Types);
