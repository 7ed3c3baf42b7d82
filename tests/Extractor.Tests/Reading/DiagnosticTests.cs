using Extractor.Ingest;
using Extractor.Model;
using NUnit.Framework;

namespace Extractor.Tests.Reading;

/// <summary>What a reader noticed comes with a stable code a script can act on, and the file it concerns.</summary>
public sealed class DiagnosticTests
{
    [Test]
    public void A_reports_diagnostics_name_their_file_and_their_code()
    {
        var path = TestFiles.Sample("huyen-huu-lung-cong-van-2022.tcvn3.pdf");

        var diagnostics = ReportFile.Read(path).Diagnostics;

        Assert.That(diagnostics.Select(d => (d.CodeName, d.File, d.Page)), Is.EqualTo(new (string, string?, int?)[]
        {
            ("legacy_encoding_decoded", path, null),
            ("legacy_encoding_decoded", path, null),
            ("text_layer_judged", path, null),
        }));
        Assert.That(diagnostics[0].Message, Is.EqualTo("decoded 3 page(s) from TCVN3 (.VnTime)"));
    }

    [TestCase(DiagnosticCode.TrackedDeletionsDropped, "tracked_deletions_dropped")]
    [TestCase(DiagnosticCode.OcrUsed, "ocr_used")]
    [TestCase(DiagnosticCode.ConvertedByLibreoffice, "converted_by_libreoffice")]
    [TestCase(DiagnosticCode.PdfRepaired, "pdf_repaired")]
    public void A_code_is_written_in_snake_case(DiagnosticCode code, string name)
    {
        Assert.That(new Diagnostic(DiagnosticLevel.Info, code, "").CodeName, Is.EqualTo(name));
    }

    [Test]
    public void Every_diagnostic_code_and_failure_reason_is_explained_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        var codes = Enum.GetValues<DiagnosticCode>().Select(c => new Diagnostic(DiagnosticLevel.Info, c, "").CodeName).Concat(FailureReasons.All);

        Assert.That(codes.Where(c => !readme.Contains($"| `{c}` |", StringComparison.Ordinal)), Is.Empty);
    }
}
