using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf.Filters;

/// <summary>Runs a stream's /Filter chain with its /DecodeParms, stopping at image codecs, which are passed through raw.</summary>
internal static class StreamDecoder
{
    private static readonly Dictionary<string, string> ImageFilters = new()
    {
        ["DCTDecode"] = "DCTDecode",
        ["DCT"] = "DCTDecode",
        ["JPXDecode"] = "JPXDecode",
        ["CCITTFaxDecode"] = "CCITTFaxDecode",
        ["CCF"] = "CCITTFaxDecode",
        ["JBIG2Decode"] = "JBIG2Decode",
    };

    public static DecodedStream Decode(PdfStream stream, Func<PdfObject?, PdfObject> resolve, ReadContext context, string what, StreamUse use = StreamUse.Data)
    {
        var dictionary = stream.Dictionary;
        var filters = AsList(resolve(dictionary["Filter"]), resolve);
        var parameters = AsList(resolve(dictionary["DecodeParms"]), resolve);
        var data = stream.EncodedData;
        var (maxBytes, limit) = LimitFor(data.Length, context.Options, use);
        for (var i = 0; i < filters.Count; i++)
        {
            var name = (filters[i] as PdfName)?.Value ?? throw new PdfCorruptException($"{what}: /Filter holds {filters[i]}, not a name");
            var filterParameters = Shallow(i < parameters.Count ? parameters[i] : null, resolve);
            if (ImageFilters.TryGetValue(name, out var imageFilter))
            {
                return new DecodedStream(data, imageFilter, filterParameters);
            }

            if (name == "Crypt")
            {
                // Decryption already happened (or the crypt filter is Identity) when the object was loaded.
                continue;
            }

            var filter = FilterNamed(name) ?? throw new PdfUnsupportedException($"{what}: filter /{name} is not supported");
            var output = new OutputBuffer(data.Length * 4, maxBytes, limit, what);
            try
            {
                filter.Decode(data, filterParameters, output, context);
            }
            finally
            {
                context.CountDecoded(output.Length);
            }

            data = filter is FlateFilter or LzwFilter ? Predictor.Apply(output.ToMemory(), filterParameters, context) : output.ToMemory();
        }

        return new DecodedStream(data, null, PdfDictionary.Empty);
    }

    private static IStreamFilter? FilterNamed(string name) => name switch
    {
        "FlateDecode" or "Fl" => FlateFilter.Instance,
        "LZWDecode" or "LZW" => LzwFilter.Instance,
        "ASCIIHexDecode" or "AHx" => AsciiHexFilter.Instance,
        "ASCII85Decode" or "A85" => Ascii85Filter.Instance,
        "RunLengthDecode" or "RL" => RunLengthFilter.Instance,
        _ => null,
    };

    /// <summary>The decoded-size cap for one stream: the smallest of the absolute limits for its use and the ratio limit (which starts above its floor).</summary>
    private static (long MaxBytes, string Limit) LimitFor(int encodedLength, PdfReadOptions options, StreamUse use)
    {
        var (absolute, absoluteLimit) = use == StreamUse.Syntax && options.MaxSyntaxStreamBytes < options.MaxDecodedStreamBytes
            ? (options.MaxSyntaxStreamBytes, nameof(PdfReadOptions.MaxSyntaxStreamBytes))
            : (options.MaxDecodedStreamBytes, nameof(PdfReadOptions.MaxDecodedStreamBytes));
        var byRatio = Math.Max(options.RatioCheckFloorBytes, (long)encodedLength * options.MaxDecompressionRatio);
        return byRatio < absolute ? (byRatio, nameof(PdfReadOptions.MaxDecompressionRatio)) : (absolute, absoluteLimit);
    }

    private static List<PdfObject> AsList(PdfObject value, Func<PdfObject?, PdfObject> resolve) => value switch
    {
        PdfArray array => array.Select(item => resolve(item)).ToList(),
        PdfNull => [],
        _ => [value],
    };

    /// <summary>Parameters with their values resolved, so that filters never meet a reference.</summary>
    private static PdfDictionary Shallow(PdfObject? value, Func<PdfObject?, PdfObject> resolve)
    {
        if (resolve(value) is not PdfDictionary dictionary)
        {
            return PdfDictionary.Empty;
        }

        if (!dictionary.Values.Any(v => v is PdfReference))
        {
            return dictionary;
        }

        return new PdfDictionary(dictionary.ToDictionary(e => e.Key, e => resolve(e.Value)));
    }
}

/// <summary>What a stream holds, which sets how far it may decode: PDF syntax (content, objects) or any data (images, fonts).</summary>
internal enum StreamUse
{
    Data,
    Syntax,
}
