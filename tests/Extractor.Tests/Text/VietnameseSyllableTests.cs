using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class VietnameseSyllableTests
{
    [TestCase("CỘNG")]
    [TestCase("Nghĩa")]
    [TestCase("hoà")]
    [TestCase("HÒA")]
    [TestCase("thuỷ")]
    [TestCase("quốc")]
    [TestCase("gì")]
    [TestCase("giữa")]
    [TestCase("giếng")]
    [TestCase("khuya")]
    [TestCase("nghiêng")]
    [TestCase("Đồng")]
    [TestCase("kỹ")]
    [TestCase("xoong")]
    [TestCase("uyển")]
    [TestCase("việc")]
    [TestCase("kê")]
    [TestCase("ho\u0300a", Description = "decomposed")]
    public void A_Vietnamese_syllable_is_well_formed(string word) =>
        Assert.That(VietnameseSyllable.IsWellFormed(word), Is.True);

    [TestCase("ceNG", Description = "mixed case")]
    [TestCase("vrET", Description = "mixed case")]
    [TestCase("ugr", Description = "no rhyme")]
    [TestCase("xcuia", Description = "no onset xc")]
    [TestCase("cac", Description = "a stop ending needs the acute or dot-below tone")]
    [TestCase("viet", Description = "a stop ending needs the acute or dot-below tone")]
    [TestCase("ce", Description = "c before e is spelled k")]
    [TestCase("ghà", Description = "gh only before e, ê, i")]
    [TestCase("qa", Description = "q only as qu")]
    [TestCase("tñnguyÇn", Description = "Latin-1 letters")]
    [TestCase("vìệt", Description = "two tones")]
    [TestCase("ngĩa", Description = "ng before i is spelled ngh")]
    public void OCR_noise_is_not_a_syllable(string word) =>
        Assert.That(VietnameseSyllable.IsWellFormed(word), Is.False);
}
