using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>One decoding filter of a stream's /Filter chain.</summary>
internal interface IStreamFilter
{
    void Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, OutputBuffer output, ReadContext context);
}
