using NUnit.Framework;

namespace Extractor.Tests.Reading.LegacyWord;

/// <summary>Skips .doc conversion tests, saying why, where LibreOffice Writer is not installed.</summary>
internal static class LibreOfficeAvailability
{
    public static void RequireWriter()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "soffice")));
        if (!onPath || !File.Exists("/usr/lib/libreoffice/program/libswlo.so"))
        {
            Assert.Ignore("LibreOffice Writer is not installed (Debian package libreoffice-writer-nogui)");
        }
    }
}
