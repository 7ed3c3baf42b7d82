using Extractor.Extraction;
using Extractor.Store;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>The rows that keep a report's files and find its twins come and go with the report.</summary>
public sealed class ReportFilesTests
{
    [Test]
    public void Replacing_a_report_keeps_one_row_of_each_file_and_of_its_likeness()
    {
        var path = StoreFixtures.NewDatabase();
        var folder = TestFiles.TempDirectory();
        var letter = Path.Combine(folder, "a.txt");
        var copy = Path.Combine(folder, "b.txt");
        File.Copy(TestFiles.Sample("text/huyen-huu-lung-cong-van-2022.txt"), letter);
        File.Copy(letter, copy);
        var stored = Stored(letter, "a1");
        var twin = Stored(copy, "b2");
        using (var store = SqliteReportStore.Open(path, create: true))
        {
            Assert.That(store.Save(stored, replace: false), Is.EqualTo(SaveOutcome.Ingested));
            Assert.That(store.Save(twin, replace: false), Is.EqualTo(SaveOutcome.Twin));
            Assert.That(store.Save(stored, replace: true), Is.EqualTo(SaveOutcome.Replaced));
            Assert.That(store.Save(twin, replace: true), Is.EqualTo(SaveOutcome.Twin));
            Assert.That(store.ReportFiles().Single().Files.Select(f => (f.Path, f.Read)), Is.EqualTo(new[] { (letter, true), (copy, false) }));
        }

        Assert.That(Counts(path), Is.EqualTo((2, 1, 16)), "two files, one likeness row and its 16 band keys");

        using (var store = SqliteReportStore.Open(path))
        {
            // The file the report is read from changed into another document: the report is read again from it, and its twin let go.
            var other = StoreFixtures.Report("other.txt", StoreFixtures.VanQuan, "Lạng Sơn", 2024, "năm 2024", 1, 12, [("I", ["Thu ngân sách."])]);
            var changed = StoreFixtures.Stored(other) with { Path = letter };
            Assert.That(store.Save(changed, replace: false), Is.EqualTo(SaveOutcome.Replaced));
            Assert.That(store.StoredHashes(), Is.EquivalentTo(new[] { changed.Sha256 }), "the twin goes in again on the next run");
        }

        Assert.That(Counts(path), Is.EqualTo((1, 1, 0)), "a body too short to compare has no band keys");
    }

    private static StoredReport Stored(string file, string sha256)
    {
        var report = ReportFile.Read(file);
        return new StoredReport(file, sha256, report, IndicatorExtraction.Extract(report));
    }

    private static (int Files, int Likeness, int Bands) Counts(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM report_files), (SELECT count(*) FROM report_likeness), (SELECT count(*) FROM report_bands)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }
}
