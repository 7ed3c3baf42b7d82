using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class TonePlacementTests
{
    [TestCase("hòa", "hoà", Description = "open oa: the tone goes on the second vowel, the newer rule")]
    [TestCase("hoà", "hoà")]
    [TestCase("thủy", "thuỷ", Description = "open uy")]
    [TestCase("khỏe", "khoẻ", Description = "open oe")]
    [TestCase("tùy", "tuỳ")]
    [TestCase("HÒA", "hoà", Description = "lower case")]
    [TestCase("hoàn", "hoàn", Description = "a final consonant takes the tone to the last vowel")]
    [TestCase("hóan", "hoán")]
    [TestCase("của", "của", Description = "open ua keeps it on the first vowel")]
    [TestCase("mía", "mía")]
    [TestCase("người", "người", Description = "a vowel with a quality mark carries the tone")]
    [TestCase("quý", "quý", Description = "the u of qu belongs to the consonant")]
    [TestCase("gìa", "già", Description = "the i of gi belongs to the consonant")]
    [TestCase("khuỷu", "khuỷu", Description = "the middle of three vowels")]
    [TestCase("ho\u0300a", "hoà", Description = "decomposed")]
    [TestCase("vìệt", "vìệt", Description = "two tones: not a syllable, left alone")]
    [TestCase("đồng", "đồng")]
    [TestCase("2024", "2024")]
    public void The_tone_goes_on_one_vowel(string syllable, string canonical) =>
        Assert.That(TonePlacement.Canonical(syllable), Is.EqualTo(canonical));
}
