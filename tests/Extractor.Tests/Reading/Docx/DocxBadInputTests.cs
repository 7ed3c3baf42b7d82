using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Extractor.Ingest;
using Extractor.Reading;
using Extractor.Store;
using NUnit.Framework;
using static Extractor.Tests.Reading.Docx.DocxBuilder;

namespace Extractor.Tests.Reading.Docx;

/// <summary>
/// Every way a .docx can be unreadable or hostile ends in one line naming the file and the
/// reason, quickly and in bounded memory.
/// </summary>
[TestFixture]
public sealed class DocxBadInputTests
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);
    private const long AllocationBound = 200L * 1024 * 1024;

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = TestFiles.TempDirectory();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Should_Refuse_An_Empty_File()
    {
        var path = Write("empty.docx", []);

        Assert.That(Refusal(path).Failure, Is.EqualTo(ReadFailure.Empty));
    }

    [Test]
    public void Should_Call_A_Truncated_Docx_Corrupt()
    {
        var whole = File.ReadAllBytes(new DocxBuilder().Body(P(R("Báo cáo"))).Save(Path.Combine(_folder, "whole.docx")));
        var path = Write("truncated.docx", whole[..(whole.Length / 2)]);

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.Corrupt));
        Assert.That(refusal.Reason, Does.Contain("ZIP"));
    }

    [Test]
    public void Should_Refuse_A_Zip_That_Is_Not_A_Word_Document()
    {
        var path = Zip("archive.docx", ("readme.txt", "không phải văn bản Word"));

        Assert.That(Refusal(path).Failure, Is.EqualTo(ReadFailure.UnsupportedFormat));
    }

    [Test]
    public void Should_Refuse_Text_Named_Docx()
    {
        var path = Write("report.docx", Encoding.UTF8.GetBytes("BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\n"));

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.UnsupportedFormat));
        Assert.That(refusal.Reason, Does.Contain("plain text"));
    }

    [Test]
    public void Should_Refuse_A_Zip_Bomb_From_The_Zip_Directory()
    {
        var path = Path.Combine(_folder, "bomb.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            AddEntry(zip, "[Content_Types].xml", ContentTypes);
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
            for (var i = 0; i < 200; i++)
            {
                part.Write(chunk);
            }
        }

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.LimitExceeded));
        Assert.That(refusal.Reason, Does.Contain("word/document.xml unpacks to 200 MB"));
    }

    [Test]
    public void Should_Refuse_A_Part_Compressed_Beyond_The_Ratio_Limit()
    {
        var path = Zip("ratio.docx", ("[Content_Types].xml", ContentTypes), ("word/document.xml", new string(' ', 20 * 1024 * 1024)));

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.LimitExceeded));
        Assert.That(refusal.Reason, Does.Contain("ratio limit of 200:1"));
    }

    [Test]
    public void Should_Refuse_A_Deeply_Nested_Part_Before_Building_It()
    {
        const int depth = 100_000;
        var body = string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth));
        var path = Replace(new DocxBuilder().Body(P(R("x"))).Save(Path.Combine(_folder, "deep.docx")),
            "word/document.xml", $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.LimitExceeded));
        Assert.That(refusal.Reason, Does.Contain("nests elements deeper than the limit of 128"));
    }

    [Test]
    public void Should_Refuse_More_Paragraphs_Than_The_Limit()
    {
        var path = new DocxBuilder().Body(string.Concat(Enumerable.Repeat(P(R("đoạn")), 50))).Save(Path.Combine(_folder, "long.docx"));

        var refusal = Refusal(path, new ReaderOptions(MaxParagraphs: 20));

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.LimitExceeded));
        Assert.That(refusal.Reason, Is.EqualTo("50 paragraphs, over the limit of 20"));
    }

    [Test]
    public void Should_Call_Invalid_Xml_Corrupt_And_Name_The_Part()
    {
        var path = Replace(new DocxBuilder().Body(P(R("x"))).Save(Path.Combine(_folder, "badxml.docx")),
            "word/document.xml", $"<w:document {Namespaces}><w:body><w:p><w:r><w:t>mở</w:r></w:p></w:body></w:document>");

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.Corrupt));
        Assert.That(refusal.Reason, Does.StartWith("invalid XML in word/document.xml at line 1"));
    }

    [Test]
    public void Should_Call_A_Package_Without_Relationships_Corrupt()
    {
        var path = Zip("norels.docx", ("[Content_Types].xml", ContentTypes), ("word/document.xml", $"<w:document {Namespaces}><w:body/></w:document>"));

        Assert.That(Refusal(path).Failure, Is.EqualTo(ReadFailure.Corrupt));
    }

    [Test]
    public void Should_Refuse_A_Password_Protected_Document()
    {
        var path = Write("protected.docx", EncryptedCompoundFile());

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.Encrypted));
        Assert.That(refusal.Reason, Does.Contain("password"));
    }

    [TestCase("[Content_Types].xml", "wordprocessingml.styles+xml", "not a content type", TestName = "An_invalid_content_type_is_a_corrupt_package_in_one_line")]
    [TestCase("[Content_Types].xml", "PartName=\"/word/styles.xml\"", "PartName=\"word styles\"", TestName = "An_invalid_part_name_in_the_content_types_is_a_corrupt_package_in_one_line")]
    [TestCase("word/_rels/document.xml.rels", "Target=\"/word/styles.xml\"", "Target=\"/word//styles.xml#part\"", TestName = "An_invalid_part_uri_in_a_relationship_is_a_corrupt_package_in_one_line")]
    [TestCase("word/_rels/document.xml.rels", "Id=\"rId2\"", "Id=\"rId1\"", TestName = "A_relationship_part_with_a_repeated_id_is_a_corrupt_package_in_one_line")]
    [TestCase("word/_rels/document.xml.rels", "<Relationship ", "<Relationship TargetMode=\"Sideways\" ", TestName = "A_relationship_part_with_an_invalid_target_mode_is_a_corrupt_package_in_one_line")]
    [TestCase("_rels/.rels", "</Relationships>", "", TestName = "A_truncated_package_relationship_part_is_a_corrupt_package_in_one_line")]
    public void Package_layer_failures_are_a_corrupt_file(string entry, string find, string replacement)
    {
        var path = Path.Combine(_folder, "package.docx");
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.docx"), path);
        string original;
        using (var zip = ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry(entry)!.Open()))
        {
            original = reader.ReadToEnd();
        }

        Assert.That(original, Does.Contain(find));
        Replace(path, entry, original.Replace(find, replacement, StringComparison.Ordinal));

        var refusal = Refusal(path);

        Assert.That(refusal.Failure, Is.EqualTo(ReadFailure.Corrupt));
        Assert.That(refusal.Reason, Does.StartWith("not a readable Word package (").Or.StartWith("invalid XML in "));
    }

    [Test]
    public void A_package_layer_failure_is_a_clean_failure_of_an_ingest_batch()
    {
        var path = Path.Combine(_folder, "content-types.docx");
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.docx"), path);
        string types;
        using (var zip = ZipFile.OpenRead(path))
        using (var reader = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open()))
        {
            types = reader.ReadToEnd();
        }

        Replace(path, "[Content_Types].xml", types.Replace("wordprocessingml.styles+xml", "not a content type", StringComparison.Ordinal));
        using var store = ReportStores.Open(Path.Combine(_folder, "batch.db"), create: true);

        var summary = new IngestBatch(store, new IngestOptions()).Run([path]);

        Assert.That(summary.Failures.Select(f => (f.Reason, f.Message.StartsWith("content-types.docx: not a readable Word package (", StringComparison.Ordinal), f.Trace)),
            Is.EqualTo(new[] { ("corrupt", true, (FailureTrace?)null) }));
    }

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    /// <summary>Reads a bad file, checks the refusal is one clear line within the time and memory bounds, and returns it.</summary>
    private static ReportReadException Refusal(string path, ReaderOptions? options = null)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        Exception? thrown = null;
        try
        {
            ReportFile.Read(path, options);
        }
        catch (Exception e)
        {
            thrown = e;
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        TestContext.Out.WriteLine($"{clock.ElapsedMilliseconds} ms, {allocated / 1024} KiB allocated: {thrown?.Message}");

        Assert.That(thrown, Is.TypeOf<ReportReadException>(), thrown?.ToString());
        var refusal = (ReportReadException)thrown!;
        Assert.That(refusal.Message, Does.StartWith(Path.GetFileName(path) + ": "));
        Assert.That(refusal.Message, Does.Not.Contain("\n").And.Not.Contain("\r"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeBound));
        Assert.That(allocated, Is.LessThan(AllocationBound));
        return refusal;
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Zip(string name, params (string Name, string Content)[] entries)
    {
        var path = Path.Combine(_folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, content) in entries)
        {
            AddEntry(zip, entryName, content);
        }

        return path;
    }

    private static void AddEntry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// <summary>Swaps one entry of a valid package for other content, as a damaged or hostile file would.</summary>
    private static string Replace(string path, string entryName, string content)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(entryName)!.Delete();
        AddEntry(zip, entryName, content);
        return path;
    }

    /// <summary>
    /// A minimal OLE compound file as Office writes for a password-protected document: a header,
    /// one FAT sector and one directory sector naming the "EncryptionInfo" and "EncryptedPackage" streams.
    /// </summary>
    private static byte[] EncryptedCompoundFile()
    {
        const uint endOfChain = 0xFFFFFFFE, free = 0xFFFFFFFF, fatSector = 0xFFFFFFFD, noSibling = 0xFFFFFFFF;
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BitConverter.TryWriteBytes(header[0x18..], (ushort)0x3E); // minor version
        BitConverter.TryWriteBytes(header[0x1A..], (ushort)3); // major version: 512-byte sectors
        BitConverter.TryWriteBytes(header[0x1C..], (ushort)0xFFFE); // little-endian
        BitConverter.TryWriteBytes(header[0x1E..], (ushort)9); // sector size 2^9
        BitConverter.TryWriteBytes(header[0x20..], (ushort)6); // mini sector size 2^6
        BitConverter.TryWriteBytes(header[0x2C..], 1u); // one FAT sector
        BitConverter.TryWriteBytes(header[0x30..], 1u); // directory starts at sector 1
        BitConverter.TryWriteBytes(header[0x38..], 4096u); // mini stream cutoff
        BitConverter.TryWriteBytes(header[0x3C..], endOfChain); // no mini FAT
        BitConverter.TryWriteBytes(header[0x44..], endOfChain); // no DIFAT sectors
        BitConverter.TryWriteBytes(header[0x4C..], 0u); // the FAT is sector 0
        for (var i = 0x50; i < 512; i += 4)
        {
            BitConverter.TryWriteBytes(header[i..], free);
        }

        var fat = file.AsSpan(512, 512);
        for (var i = 0; i < 512; i += 4)
        {
            BitConverter.TryWriteBytes(fat[i..], free);
        }

        BitConverter.TryWriteBytes(fat, fatSector);
        BitConverter.TryWriteBytes(fat[4..], endOfChain);

        var directory = file.AsSpan(1024, 512);
        DirectoryEntry(directory[..128], "Root Entry", type: 5, child: 1, right: noSibling);
        DirectoryEntry(directory[128..256], "EncryptionInfo", type: 2, child: noSibling, right: 2);
        DirectoryEntry(directory[256..384], "EncryptedPackage", type: 2, child: noSibling, right: noSibling);
        return file;

        static void DirectoryEntry(Span<byte> entry, string name, byte type, uint child, uint right)
        {
            var written = Encoding.Unicode.GetBytes(name, entry);
            BitConverter.TryWriteBytes(entry[0x40..], (ushort)(written + 2)); // name length with its terminator
            entry[0x42] = type;
            entry[0x43] = 1; // black
            BitConverter.TryWriteBytes(entry[0x44..], noSibling);
            BitConverter.TryWriteBytes(entry[0x48..], right);
            BitConverter.TryWriteBytes(entry[0x4C..], child);
            BitConverter.TryWriteBytes(entry[0x74..], endOfChain); // empty stream
        }
    }
}
