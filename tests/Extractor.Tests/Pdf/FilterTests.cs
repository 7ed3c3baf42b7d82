using System.Text;
using Extractor.Pdf;
using Extractor.Pdf.Filters;
using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

public sealed class FilterTests
{
    [Test]
    public void Should_Inflate_Flate_Data()
    {
        var text = string.Concat(Enumerable.Repeat("BT /F1 12 Tf (Hello) Tj ET\n", 100));

        var decoded = Decode("/Filter /FlateDecode", PdfBuilder.Deflate(Encoding.ASCII.GetBytes(text)));

        Assert.That(Encoding.ASCII.GetString(decoded.Data.Span), Is.EqualTo(text));
        Assert.That(decoded.ImageFilter, Is.Null);
    }

    [Test]
    public void Should_Keep_What_Decoded_Before_Damage()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"{i} ")));
        var compressed = PdfBuilder.Deflate(text);
        var damaged = compressed[..(compressed.Length / 2)].Concat(Enumerable.Repeat((byte)0xFF, 64)).ToArray();

        var decoded = Decode("/Filter /FlateDecode", damaged);

        // Inflating the garbage may emit a few wrong bytes before failing; the sound part comes first.
        Assert.That(decoded.Data.Length, Is.GreaterThan(1000));
        Assert.That(decoded.Data.Span[..1000].SequenceEqual(text.AsSpan(0, 1000)), Is.True);
    }

    [Test]
    public void Should_Undo_Png_Predictors_Of_Every_Row_Type()
    {
        // Two columns of 3-byte pixels: rows filtered with None, Sub, Up, Average and Paeth.
        byte[] expected = [10, 20, 30, 40, 50, 60, 11, 22, 33, 44, 55, 66, 1, 2, 3, 4, 5, 6, 200, 100, 50, 25, 12, 6, 7, 8, 9, 10, 11, 12];
        byte[] filtered =
        [
            0, 10, 20, 30, 40, 50, 60,
            1, 11, 22, 33, 33, 33, 33,
            2, 246, 236, 226, 216, 206, 196,
            3, 200, 99, 49, 179, 216, 234,
            4, 63, 164, 215, 3, 3, 6,
        ];

        var decoded = Decode("/Filter /FlateDecode /DecodeParms << /Predictor 12 /Colors 3 /Columns 2 >>", PdfBuilder.Deflate(filtered));

        Assert.That(decoded.Data.ToArray(), Is.EqualTo(expected));
    }

    [Test]
    public void Should_Undo_Tiff_Predictor()
    {
        var decoded = Decode("/Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 4 >>", PdfBuilder.Deflate([5, 1, 1, 1, 10, 255, 0, 2]));

        Assert.That(decoded.Data.ToArray(), Is.EqualTo(new byte[] { 5, 6, 7, 8, 10, 9, 9, 11 }));
    }

    [Test]
    public void Should_Decode_Lzw_Example_Of_The_Specification()
    {
        // ISO 32000-1, 7.4.4.2: the sequence 45 45 45 45 45 65 45 45 45 66 encodes to 80 0B 60 50 22 0C 0C 85 01.
        var decoded = Decode("/Filter /LZWDecode", [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01]);

        Assert.That(decoded.Data.ToArray(), Is.EqualTo(new byte[] { 45, 45, 45, 45, 45, 65, 45, 45, 45, 66 }));
    }

    [Test]
    public void Should_Decode_Lzw_Beyond_Nine_Bit_Codes()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => (char)('a' + (i * 7 % 26)))));

        var decoded = Decode("/Filter /LZWDecode", LzwEncode(text));

        Assert.That(decoded.Data.ToArray(), Is.EqualTo(text));
    }

    [TestCase("/ASCIIHexDecode", "48 65 6c\n6C 6f>", "Hello")]
    [TestCase("/AHx", "4142434>", "ABC@")]
    [TestCase("/ASCII85Decode", "87cURD]i,\"Ebo80~>", "Hello World!")]
    [TestCase("/A85", "z!!~>", "\0\0\0\0\0")]
    public void Should_Decode_Text_And_Run_Length_Filters(string filter, string input, string expected)
    {
        var decoded = Decode($"/Filter {filter}", Encoding.Latin1.GetBytes(input));

        Assert.That(Encoding.Latin1.GetString(decoded.Data.Span), Is.EqualTo(expected));
    }

    [Test]
    public void Should_Decode_Run_Length_Data()
    {
        // Copy 3 bytes, repeat 'z' 3 times, then the end marker before trailing junk.
        var decoded = Decode("/Filter /RunLengthDecode", [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'z', 128, (byte)'j']);

        Assert.That(Encoding.ASCII.GetString(decoded.Data.Span), Is.EqualTo("abczzz"));
    }

    [Test]
    public void Should_Run_A_Filter_Chain_In_Order()
    {
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(PdfBuilder.Deflate("q 1 0 0 1 0 0 cm Q"u8.ToArray())) + ">");

        var decoded = Decode("/Filter [/ASCIIHexDecode /FlateDecode] /DecodeParms [null null]", hex);

        Assert.That(Encoding.ASCII.GetString(decoded.Data.Span), Is.EqualTo("q 1 0 0 1 0 0 cm Q"));
    }

    [TestCase("/DCTDecode", "DCTDecode")]
    [TestCase("/JPXDecode", "JPXDecode")]
    [TestCase("/CCITTFaxDecode", "CCITTFaxDecode")]
    [TestCase("/JBIG2Decode", "JBIG2Decode")]
    public void Should_Pass_Image_Data_Through_Raw_With_Its_Parameters(string filter, string expected)
    {
        byte[] raw = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(raw) + ">");

        var decoded = Decode($"/Filter [/AHx {filter}] /DecodeParms [null << /K -1 /Columns 1728 >>]", hex);

        Assert.That(decoded.ImageFilter, Is.EqualTo(expected));
        Assert.That(decoded.Data.ToArray(), Is.EqualTo(raw));
        Assert.That(decoded.ImageFilterParameters["Columns"], Is.TypeOf<PdfInteger>().With.Property(nameof(PdfInteger.Value)).EqualTo(1728));
    }

    [Test]
    public void Should_Refuse_An_Unknown_Filter()
    {
        Assert.That(() => Decode("/Filter /BrotliDecode", [1, 2, 3]), Throws.TypeOf<PdfUnsupportedException>().With.Message.Contains("BrotliDecode"));
    }

    [Test]
    public void Should_Stop_A_Flate_Bomb_At_The_Ratio_Limit()
    {
        var bomb = PdfBuilder.Deflate(new byte[64 * 1024 * 1024]);

        var error = Assert.Throws<PdfLimitExceededException>(() => Decode("/Filter /FlateDecode", bomb));

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxDecompressionRatio)));
        Assert.That(error.Message, Does.StartWith("MaxDecompressionRatio exceeded"));
    }

    [Test]
    public void Should_Stop_At_The_Decoded_Size_Limit()
    {
        var options = PdfReadOptions.Default with { MaxDecodedStreamBytes = 100_000 };
        var data = PdfBuilder.Deflate(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 100_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var error = Assert.Throws<PdfLimitExceededException>(() => Decode("/Filter /FlateDecode", data, options));

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxDecodedStreamBytes)));
    }

    [Test]
    public void Should_Stop_A_Run_Length_Bomb()
    {
        var bomb = Enumerable.Range(0, 20_000).SelectMany(_ => new byte[] { 129, 0 }).ToArray();

        Assert.That(() => Decode("/Filter /RunLengthDecode", bomb, PdfReadOptions.Default with { MaxDecompressionRatio = 10, RatioCheckFloorBytes = 1000 }), Throws.TypeOf<PdfLimitExceededException>());
    }

    private static DecodedStream Decode(string entries, byte[] data, PdfReadOptions? options = null)
    {
        var dictionary = (PdfDictionary)new ObjectParser(new PdfLexer(Encoding.ASCII.GetBytes($"<< {entries} >>")), new ReadContext(PdfReadOptions.Default)).ReadObject();
        return StreamDecoder.Decode(new PdfStream(dictionary, data), value => value ?? PdfNull.Instance, new ReadContext(options ?? PdfReadOptions.Default), "test stream");
    }

    /// <summary>A plain LZW encoder (early change 1) to produce test data with 10- and 11-bit codes.</summary>
    private static byte[] LzwEncode(byte[] input)
    {
        var table = new Dictionary<string, int>();
        var output = new List<byte>();
        long buffer = 0;
        var count = 0;
        var bits = 9;
        var next = 258;
        void Emit(int code)
        {
            buffer = (buffer << bits) | (uint)code;
            count += bits;
            while (count >= 8)
            {
                output.Add((byte)(buffer >> (count - 8)));
                count -= 8;
            }
        }

        Emit(256);
        var current = ((char)input[0]).ToString();
        foreach (var b in input.Skip(1))
        {
            var extended = current + (char)b;
            if (table.ContainsKey(extended))
            {
                current = extended;
                continue;
            }

            Emit(current.Length == 1 ? current[0] : table[current]);
            table[extended] = next++;
            // The decoder learns each entry one code later, so the encoder widens at 512 where the decoder does at 511.
            if (next >= 1 << bits && bits < 12)
            {
                bits++;
            }

            current = ((char)b).ToString();
        }

        Emit(current.Length == 1 ? current[0] : table[current]);
        Emit(257);
        if (count > 0)
        {
            output.Add((byte)(buffer << (8 - count)));
        }

        return [.. output];
    }
}
