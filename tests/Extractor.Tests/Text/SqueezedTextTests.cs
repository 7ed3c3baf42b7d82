using System.Text;
using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class SqueezedTextTests
{
    [TestCase("25.693 ha", "25.693ha")]
    [TestCase("**25.693** ha", "25.693ha", Description = "Markdown bold")]
    [TestCase("đạt  95,2 %", "đạt95,2%")]
    [TestCase("", "")]
    public void Spaces_and_asterisks_go(string text, string squeezed) =>
        Assert.That(SqueezedText.Of(text), Is.EqualTo(squeezed));

    [Test]
    public void Decomposed_text_squeezes_like_composed_text() =>
        Assert.That(SqueezedText.Of("Hoà Bình".Normalize(NormalizationForm.FormD)), Is.EqualTo("HoàBình"));
}
