using Extractor.Ingest;
using Extractor.Reading;
using NUnit.Framework;

namespace Extractor.Tests.Ingest;

/// <summary>An ingest of a folder takes every file that <c>show</c> reads, by the readers' one list of extensions.</summary>
public sealed class InputFilesTests
{
    [Test]
    public void A_folder_gives_every_file_with_an_extension_the_readers_take_and_nothing_else()
    {
        var folder = TestFiles.TempDirectory();
        var text = TestFiles.Sample("text/huyen-huu-lung-cong-van-2022.txt");
        foreach (var name in new[] { "a.txt", "b.md", "c.markdown", "d.text", "E.MARKDOWN", "notes.csv", "readme" })
        {
            File.Copy(text, Path.Combine(folder, name));
        }

        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.doc"), Path.Combine(folder, "f.doc"));
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.docx"), Path.Combine(folder, "g.docx"));
        File.Copy(TestFiles.Sample("xa-binh-trung-6-thang-2023.pdf"), Path.Combine(folder, "h.pdf"));

        var files = InputFiles.Expand([folder]);

        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "E.MARKDOWN", "a.txt", "b.md", "c.markdown", "d.text", "f.doc", "g.docx", "h.pdf" }));
        Assert.That(FormatReaders.Extensions, Is.EquivalentTo(new[] { ".docx", ".doc", ".pdf", ".txt", ".md", ".text", ".markdown" }));
        foreach (var file in files.Where(f => Path.GetExtension(f).ToLowerInvariant() is not (".doc" or ".docx" or ".pdf")))
        {
            Assert.That(ReportFile.Read(file).Metadata.Number, Is.Not.Null, $"{Path.GetFileName(file)} reads as text, as show reads it");
        }

        Assert.That(() => ReportFile.Read(Path.Combine(folder, "notes.csv")), Throws.TypeOf<ReportReadException>(), "a text file of another extension is not a report");
    }

    [Test]
    public void Ingest_help_names_the_extensions_of_the_readers()
    {
        var (code, stdout, _) = Cli.ShowCommandTests.Run("ingest", "--help");

        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("searched recursively for .docx .doc .pdf .txt .md .text .markdown"));
    }
}
