using System.Diagnostics;
using System.Text;
using Extractor.Pdf;
using NUnit.Framework;

namespace Extractor.Tests.Pdf;

/// <summary>Damaged and hostile files give a clear <see cref="PdfException"/> or a best-effort document, quickly, and nothing else.</summary>
public sealed class MalformedFileTests
{
    private static readonly string[] Contents = ["BT (first page) Tj ET", "BT (second page) Tj ET", "BT (third page) Tj ET"];

    private static byte[] Sample() => PdfBuilder.WithPages(Contents).Build();

    [TestCase(0.0)]
    [TestCase(0.05)]
    [TestCase(0.3)]
    [TestCase(0.5)]
    [TestCase(0.75)]
    [TestCase(0.9)]
    [TestCase(0.99)]
    public void Should_Survive_Truncation(double fraction)
    {
        var bytes = Sample();

        ReadFully(bytes[..(int)(bytes.Length * fraction)]);
    }

    [Test]
    public void Should_Read_All_Pages_When_Only_The_Cross_Reference_Section_Is_Cut_Off()
    {
        var bytes = Sample();
        var cut = Encoding.Latin1.GetString(bytes).LastIndexOf("xref", StringComparison.Ordinal) + 10;

        var document = PdfDocument.Open(bytes[..cut]);

        Assert.That(document.Pages.Select(p => Encoding.ASCII.GetString(p.GetContentBytes())), Is.EqualTo(Contents));
    }

    [TestCase(0.2)]
    [TestCase(0.5)]
    [TestCase(0.8)]
    public void Should_Survive_Truncation_Of_A_Real_Document(double fraction)
    {
        var bytes = File.ReadAllBytes(TestFiles.RealWorld("p02_BC_chi_so_tinh_0611.pdf"));

        ReadFully(bytes[..(int)(bytes.Length * fraction)]);
    }

    [Test]
    public void Should_Find_Objects_When_Every_Offset_Is_Shifted()
    {
        var bytes = Sample();
        var shifted = bytes[..9].Concat("% junk inserted after the header\n"u8.ToArray()).Concat(bytes[9..]).ToArray();

        var document = PdfDocument.Open(shifted);

        Assert.That(document.Pages.Select(p => Encoding.ASCII.GetString(p.GetContentBytes())), Is.EqualTo(Contents));
        Assert.That(document.Diagnostics, Is.Not.Empty);
    }

    [Test]
    public void Should_Find_An_Object_Whose_Table_Entry_Is_Wrong()
    {
        var text = Encoding.Latin1.GetString(Sample());
        var offset = text.IndexOf("\n4 0 obj", StringComparison.Ordinal) + 1;
        var broken = text.Replace($"{offset:D10} 00000 n", $"{offset + 7:D10} 00000 n", StringComparison.Ordinal);

        var document = PdfDocument.Open(Encoding.Latin1.GetBytes(broken));

        Assert.That(Encoding.ASCII.GetString(document.Pages[0].GetContentBytes()), Is.EqualTo(Contents[0]));
        Assert.That(document.Diagnostics, Has.Some.Contains("found at"));
    }

    [TestCase("3")]
    [TestCase("5000")]
    [TestCase("-2")]
    [TestCase("99 0 R")]
    [TestCase("4 0 R")]
    public void Should_Recover_A_Stream_With_A_Wrong_Length(string length)
    {
        var bytes = PdfBuilder.WithPages("q").AddStream(4, "", "BT (content) Tj ET"u8.ToArray(), length).Build();

        var document = PdfDocument.Open(bytes);

        Assert.That(Encoding.ASCII.GetString(document.Pages[0].GetContentBytes()), Is.EqualTo("BT (content) Tj ET"));
        Assert.That(document.Diagnostics, Has.Some.Contains("/Length"));
    }

    [TestCase("/First 2")]
    [TestCase("/First 100000")]
    [TestCase("/First -5")]
    public void Should_Read_An_Object_Stream_With_A_Bad_First(string first)
    {
        var bytes = PdfBuilder.WithPages(Contents).BuildWithXrefStream(packed: [1, 2, 3, 5], objectStreamNumber: 30, objectStreamEntries: first);

        var document = PdfDocument.Open(bytes);

        Assert.That(document.Pages.Select(p => Encoding.ASCII.GetString(p.GetContentBytes())), Is.EqualTo(Contents));
        Assert.That(document.Diagnostics, Has.Some.Contains("/First"));
    }

    [Test]
    public void Should_Stop_A_Content_Stream_That_Inflates_Beyond_The_Limit()
    {
        var bomb = PdfBuilder.Deflate(new byte[64 * 1024 * 1024]);
        // The syntax stream limit would stop this content first; lifted here so that the ratio limit is the one tested.
        var options = PdfReadOptions.Default with { MaxSyntaxStreamBytes = PdfReadOptions.Default.MaxDecodedStreamBytes };
        var document = PdfDocument.Open(PdfBuilder.WithPages("q").AddStream(4, "/Filter /FlateDecode", bomb).Build(), options);

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<PdfLimitExceededException>(() => document.Pages[0].GetContentBytes());

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxDecompressionRatio)));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void A_file_rebuilt_by_scanning_decodes_its_inflate_bombs_no_further_than_the_syntax_stream_limit()
    {
        var document = PdfDocument.Open(HostileRebuiltFile());

        var error = Assert.Throws<PdfLimitExceededException>(() => ReadPages(document));

        Assert.That(document.Diagnostics, Has.Some.Contains("rebuilt by scanning"));
        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxSyntaxStreamBytes)));
        Assert.That(error.Message, Does.Contain("page 1 content decodes to more than 33554432 bytes"));
        Assert.That(document.DecodedBytes, Is.InRange(PdfReadOptions.Default.MaxSyntaxStreamBytes - 4096, PdfReadOptions.Default.MaxSyntaxStreamBytes));
    }

    [Test]
    public void A_file_rebuilt_by_scanning_with_inflate_bombs_is_refused_in_one_line_by_the_report_reader()
    {
        var folder = TestFiles.TempDirectory();
        var path = Path.Combine(folder, "bombs.pdf");
        File.WriteAllBytes(path, HostileRebuiltFile());

        var error = Assert.Throws<Extractor.Reading.ReportReadException>(() => ReportFile.Read(path));

        Directory.Delete(folder, recursive: true);
        Assert.That(error!.Failure, Is.EqualTo(Extractor.Reading.ReadFailure.LimitExceeded));
        Assert.That(error.Message, Is.EqualTo("bombs.pdf: MaxSyntaxStreamBytes exceeded: page 1 content decodes to more than 33554432 bytes"));
    }

    [Test]
    public void An_object_stream_found_by_scanning_decodes_no_further_than_the_syntax_stream_limit()
    {
        var bomb = PdfBuilder.Deflate(new byte[64 * 1024 * 1024]);
        var bytes = WithoutCrossReferences(PdfBuilder.WithPages(Contents).AddStream(20, "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", bomb).Build());

        var error = Assert.Throws<PdfLimitExceededException>(() => PdfDocument.Open(bytes));

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxSyntaxStreamBytes)));
        Assert.That(error.Message, Does.Contain("object stream 20 0 R decodes to more than 33554432 bytes"));
    }

    /// <summary>
    /// Three pages whose content streams inflate to 300 MB each (well within the ratio limit's reach: zeros compress
    /// 1,030:1), with no cross-reference section, so that opening rebuilds the table by scanning.
    /// </summary>
    private static byte[] HostileRebuiltFile()
    {
        var bomb = PdfBuilder.Deflate(new byte[300 * 1024 * 1024]);
        var builder = PdfBuilder.WithPages("q", "q", "q");
        foreach (var content in new[] { 4, 6, 8 })
        {
            builder.AddStream(content, "/Filter /FlateDecode", bomb);
        }

        return WithoutCrossReferences(builder.Build());
    }

    private static byte[] WithoutCrossReferences(byte[] bytes) => bytes[..Encoding.Latin1.GetString(bytes).LastIndexOf("\nxref", StringComparison.Ordinal)];

    private static void ReadPages(PdfDocument document)
    {
        foreach (var page in document.Pages)
        {
            page.GetContentBytes();
        }
    }

    [Test]
    public void Should_Resolve_A_Reference_Cycle_To_Null()
    {
        var bytes = PdfBuilder.WithPages("q").Add(3, "<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>").Add(8, "9 0 R").Add(9, "8 0 R").Build();

        var document = PdfDocument.Open(bytes);

        Assert.That(document.Pages[0].GetContentBytes(), Is.Empty);
        Assert.That(document.Diagnostics, Has.Some.Contains("reference cycle 8 0 R -> 9 0 R -> 8 0 R"));
        Assert.That(() => PdfDocument.Open(bytes, PdfReadOptions.Default with { Strict = true }).Pages[0].GetContentBytes(), Throws.TypeOf<PdfCorruptException>());
    }

    [Test]
    public void Should_Skip_A_Page_Tree_Cycle()
    {
        var bytes = PdfBuilder.WithPages("q").Add(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 /MediaBox [0 0 10 10] >>").Build();

        var document = PdfDocument.Open(bytes);

        Assert.That(document.PageCount, Is.EqualTo(1));
        Assert.That(document.Diagnostics, Has.Some.Contains("twice"));
    }

    [Test]
    public void Should_Stop_A_Long_Chain_Of_References()
    {
        var builder = PdfBuilder.WithPages("q").Add(3, "<< /Type /Page /Parent 2 0 R /Contents 100 0 R >>");
        for (var i = 100; i < 200; i++)
        {
            builder.Add(i, $"{i + 1} 0 R");
        }

        var document = PdfDocument.Open(builder.Build());

        Assert.That(() => document.Pages[0].GetContentBytes(), Throws.TypeOf<PdfLimitExceededException>().With.Property(nameof(PdfLimitExceededException.Limit)).EqualTo(nameof(PdfReadOptions.MaxReferenceDepth)));
    }

    [Test]
    public void Should_Stop_A_Too_Deep_Page_Tree()
    {
        var builder = new PdfBuilder().Add(1, "<< /Type /Catalog /Pages 10 0 R >>");
        for (var i = 10; i < 300; i++)
        {
            builder.Add(i, $"<< /Type /Pages /Kids [{i + 1} 0 R] /Count 1 >>");
        }

        builder.Add(300, "<< /Type /Page >>");

        var error = Assert.Throws<PdfLimitExceededException>(() => _ = PdfDocument.Open(builder.Build()).PageCount);

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxNestingDepth)));
    }

    [Test]
    public void Should_Stop_At_The_Object_Limit()
    {
        var error = Assert.Throws<PdfLimitExceededException>(() => PdfDocument.Open(Sample(), PdfReadOptions.Default with { MaxObjects = 3 }));

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.MaxObjects)));
    }

    [Test]
    public void Should_Stop_At_The_Deadline()
    {
        var error = Assert.Throws<PdfLimitExceededException>(() => _ = PdfDocument.Open(Sample(), PdfReadOptions.Default with { Timeout = TimeSpan.Zero }).PageCount);

        Assert.That(error!.Limit, Is.EqualTo(nameof(PdfReadOptions.Timeout)));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Should_Reject_Random_Bytes_Behind_A_Header(int seed)
    {
        var bytes = new byte[200_000];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);

        var clock = Stopwatch.StartNew();
        Assert.That(() => PdfDocument.Open(bytes), Throws.TypeOf<PdfCorruptException>().With.Message.Contains("no document catalog"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [TestCase("")]
    [TestCase("hello, world")]
    public void Should_Reject_A_File_Without_Header(string text)
    {
        Assert.That(() => PdfDocument.Open(Encoding.ASCII.GetBytes(text)), Throws.TypeOf<PdfCorruptException>().With.Message.Contains("no %PDF- header"));
    }

    [Test]
    public void Should_Raise_Only_Pdf_Exceptions_On_Mutated_Files()
    {
        var originals = new List<byte[]> { Sample(), PdfBuilder.WithPages(Contents).BuildWithXrefStream(packed: [1, 2, 3], objectStreamNumber: 30) };
        var random = new Random(42);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])originals[round % originals.Count].Clone();
            for (var flips = random.Next(1, 20); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            ReadFully(bytes);
        }

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Opens and reads every page; only a <see cref="PdfException"/> may come out, within a few seconds.</summary>
    private static void ReadFully(byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var document = PdfDocument.Open(bytes, PdfReadOptions.Default with { Timeout = TimeSpan.FromSeconds(10) });
            foreach (var page in document.Pages)
            {
                page.GetContentBytes();
            }
        }
        catch (PdfException)
        {
            // A clear error is an accepted outcome.
        }

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
