using NUnit.Framework;

namespace Extractor.Tests;

/// <summary>Where test inputs live: the repository's samples, and the real documents beside the repository.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The PDFs in ../shared/realworld, by producer: Word + signing service, Word 2016, CamScanner, Adobe Scan, Word + iTextSharp.</summary>
    public static readonly string[] RealWorldPdfs =
    [
        "p02_BC_chi_so_tinh_0611.pdf",
        "p03_TTXT_BC_PCI_DDCI_0511.pdf",
        "p07_BCTC_HHDN_scan.pdf",
        "p09_TTr298_AdobeScan_brokenOCR.pdf",
        "p10_VB8977_BNV_vntime_font.pdf",
    ];

    public static string Sample(string relativePath) => Path.Combine(RepositoryRoot, "samples", relativePath);

    /// <summary>A real document from ../shared/realworld; the test is ignored, saying why, where that folder is absent.</summary>
    public static string RealWorld(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "realworld", fileName));
        if (!File.Exists(path))
        {
            Assert.Ignore($"real-world document {fileName} is not present (expected in ../shared/realworld beside the repository)");
        }

        return path;
    }

    /// <summary>A fresh folder for files a test makes; removed at the end of the run by the OS temp cleaner or the test.</summary>
    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "extractor-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Extractor.sln not found above the test directory");
    }
}
