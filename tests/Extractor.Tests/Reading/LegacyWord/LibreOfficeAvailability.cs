using Extractor.Reading.LegacyWord;
using NUnit.Framework;

namespace Extractor.Tests.Reading.LegacyWord;

/// <summary>Skips .doc conversion tests, saying why, where LibreOffice Writer is not installed.</summary>
internal static class LibreOfficeAvailability
{
    public static void RequireWriter()
    {
        if (new LibreOffice(LibreOfficeOptions.Default).Problem is { } problem)
        {
            Assert.Ignore($".doc conversion cannot run here: {problem}");
        }
    }
}
