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
        Assert.That(Canonical(syllable), Is.EqualTo(canonical));

    [Test]
    public void A_syllable_longer_than_the_stack_buffer_is_placed_alike()
    {
        // Past 64 characters the syllable is worked on in an array instead of the stack.
        var prefix = new string('x', 70);
        Assert.That(Canonical(prefix + "HÒA"), Is.EqualTo(prefix + "hoà"));
    }

    [Test]
    public void A_syllable_taken_as_composed_is_its_own_NFC()
    {
        var taken = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && TonePlacement.IsComposed([c])).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(taken.Where(c => !c.ToString().IsNormalized(System.Text.NormalizationForm.FormC)), Is.Empty);
            Assert.That(taken, Does.Contain('a').And.Contain('đ').And.Contain('ệ').And.Contain('ỹ'));
        });
    }

    [TestCase("ho\u0300a", Description = "a combining tone mark")]
    [TestCase("\u212Bng", Description = "the angstrom sign, whose NFC is another letter")]
    [TestCase("\uFB01", Description = "a ligature outside the Latin letters")]
    public void A_syllable_NFC_could_change_is_normalised(string syllable) =>
        Assert.That(TonePlacement.IsComposed(syllable), Is.False);

    private static string Canonical(string syllable)
    {
        var output = new System.Text.StringBuilder();
        TonePlacement.Append(syllable, output);
        return output.ToString();
    }
}
