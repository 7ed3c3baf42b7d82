using System.Globalization;
using Extractor.Model;
using Extractor.Text;

namespace Extractor.Store;

/// <summary>
/// What tells that two files hold the same document: its key (number, date and issuer, as the
/// header block states them) and its body's word 5-shingles, with a MinHash signature of them
/// whose band keys find the reports that may share most of them without reading every body.
/// </summary>
/// <remarks>
/// Shingles are over the folded words of the body paragraphs (preamble and sections, in order,
/// across paragraph ends, which readers cut differently). Measured on the samples (exact Jaccard):
/// the DOCX, .doc, TCVN3/VNI DOCX, LibreOffice and simple-font PDF, TCVN3/VNI PDF and text readings
/// of each report 1.000, Chromium's PDF 0.997, the 15-page scan read by OCR 0.925-0.927; different
/// reports: the same text with every number redrawn (the same place, year and wording) 0.744-0.795,
/// other reports below 0.05; the real DOCX and its signed PDF 1.000. Hence <see cref="Threshold"/>.
/// 256 hashes in 16 bands of 16: a pair at 0.925 shares a band with probability 1 - (1 - 0.925^16)^16
/// = 0.995, at 0.99 and over (every twin but OCR) 1.000, at 0.86 0.78; at 0.78 (the samples with their
/// numbers redrawn) 0.26 and at 0.7 0.05, which keeps the candidates few in an archive of one template.
/// Each candidate's signature then estimates the Jaccard index (±0.026 near 0.8), and only those near
/// the threshold have their body read to compute it exactly. A twin by OCR is mostly found by its key.
/// </remarks>
internal sealed class DocumentLikeness
{
    /// <summary>Twins' Jaccard index at least this: OCR twins measured 0.925, the closest different reports 0.795.</summary>
    public const double Threshold = 0.86;

    /// <summary>Candidates whose estimate is below this are not read to be checked: 6 standard deviations under 0.925, 1.5 over 0.78.</summary>
    private const double EstimateFloor = 0.82;

    /// <summary>A body shorter than this many shingles says too little: a template sentence is not a document.</summary>
    private const int MinimumShingles = 100;

    private const int ShingleWords = 5;
    private const int Hashes = 256;
    private const int Bands = 16;
    private const int Rows = Hashes / Bands;

    // Fixed multipliers and offsets of the hash family (splitmix64 from a fixed seed): signatures are stored, so they never change.
    private static readonly (ulong Multiplier, ulong Offset)[] Family = BuildFamily();

    private DocumentLikeness(string? key, HashSet<ulong> shingles)
    {
        Key = key;
        Shingles = shingles;
        Signature = shingles.Count >= MinimumShingles ? Sign(shingles) : null;
    }

    /// <summary>Number, date and issuer folded ("476/bc-ubnd|2023-07-14|ubnd xa binh trung"); null unless all three are stated and the number has a digit (a draft's "/UBND-VP" names no document).</summary>
    public string? Key { get; }

    public HashSet<ulong> Shingles { get; }

    /// <summary>The MinHash values; null for a body too short to compare by its text.</summary>
    public uint[]? Signature { get; }

    public static DocumentLikeness Of(Report report) =>
        new(KeyOf(report.Metadata), ShinglesOf(report.Preamble.Concat(report.AllSections().SelectMany(s => s.Paragraphs)).Select(p => p.Text)));

    /// <summary>The shingles of body paragraphs as stored, to check a candidate exactly.</summary>
    public static HashSet<ulong> ShinglesOf(IEnumerable<string> paragraphs)
    {
        var words = new List<ulong>();
        foreach (var paragraph in paragraphs)
        {
            var folded = VietnameseFold.Fold(paragraph);
            words.AddRange(VietnameseFold.Words(folded).Select(w => WordHash(folded.AsSpan(w.Start, w.End - w.Start))));
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                hash = (hash ^ words[i + k]) * 1099511628211UL;
            }

            shingles.Add(Mix(hash));
        }

        return shingles;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>Whether a stored signature is close enough to this one to read that report's body and compare exactly.</summary>
    public bool MayMatch(uint[] stored)
    {
        if (Signature is null || stored.Length != Hashes)
        {
            return false;
        }

        var equal = 0;
        for (var i = 0; i < Hashes; i++)
        {
            equal += Signature[i] == stored[i] ? 1 : 0;
        }

        return (double)equal / Hashes >= EstimateFloor;
    }

    /// <summary>One key per band of the signature, the band's number mixed in; empty for a body too short to compare.</summary>
    public IReadOnlyList<long> BandKeys()
    {
        if (Signature is null)
        {
            return [];
        }

        var keys = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = (ulong)band + 1;
            for (var row = 0; row < Rows; row++)
            {
                hash = Mix(hash * 31 + Signature[band * Rows + row]);
            }

            keys[band] = unchecked((long)hash);
        }

        return keys;
    }

    public static byte[] Pack(uint[] signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] Unpack(byte[] bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        Buffer.BlockCopy(bytes, 0, signature, 0, signature.Length * sizeof(uint));
        return signature;
    }

    private static string? KeyOf(ReportMetadata metadata)
    {
        if (metadata.Number is not { } number || !number.Any(char.IsDigit) || metadata.Date is not { } date || string.IsNullOrWhiteSpace(metadata.Issuer))
        {
            return null;
        }

        // "476/BC-UBND", "476 / BC - UBND" and "476/bc-ubnd" are one number.
        var folded = string.Concat(VietnameseFold.Key(number).Where(c => !char.IsWhiteSpace(c)));
        return $"{folded}|{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{VietnameseFold.Key(metadata.Issuer)}";
    }

    private static uint[] Sign(HashSet<ulong> shingles)
    {
        // One hash over every shingle at a time, its minimum kept in a register: the same values as shingle by shingle.
        var values = shingles.ToArray();
        var signature = new uint[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            var (multiplier, offset) = Family[i];
            var least = uint.MaxValue;
            foreach (var shingle in values)
            {
                least = Math.Min(least, (uint)((shingle * multiplier + offset) >> 32));
            }

            signature[i] = least;
        }

        return signature;
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The splitmix64 finaliser: spreads every input bit over the output.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static (ulong, ulong)[] BuildFamily()
    {
        var family = new (ulong, ulong)[Hashes];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var multiplier = Mix(state) | 1;
            state += 0x9E3779B97F4A7C15UL;
            family[i] = (multiplier, Mix(state));
        }

        return family;
    }
}
