using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Parsing;

/// <summary>An object read from an <c>N G obj ... endobj</c> block.</summary>
internal readonly record struct IndirectObject(ObjectId Id, PdfObject Value);
