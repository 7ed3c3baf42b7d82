using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class TonesTests
{
    [TestCase('à', 'a', Tones.Grave)]
    [TestCase('á', 'a', Tones.Acute)]
    [TestCase('ã', 'a', Tones.Tilde)]
    [TestCase('ả', 'a', Tones.HookAbove)]
    [TestCase('ạ', 'a', Tones.DotBelow)]
    [TestCase('ệ', 'ê', Tones.DotBelow, Description = "the circumflex stays with the letter")]
    [TestCase('ằ', 'ă', Tones.Grave)]
    [TestCase('ở', 'ơ', Tones.HookAbove)]
    [TestCase('ữ', 'ư', Tones.Tilde)]
    [TestCase('ỳ', 'y', Tones.Grave)]
    [TestCase('Ố', 'Ô', Tones.Acute, Description = "capitals keep their case")]
    [TestCase('ê', 'ê', '\0', Description = "a vowel-quality mark is no tone")]
    [TestCase('đ', 'đ', '\0')]
    [TestCase('b', 'b', '\0')]
    [TestCase('ü', 'ü', '\0', Description = "the diaeresis is no Vietnamese mark")]
    public void A_letter_splits_into_its_bare_letter_and_its_tone(char letter, char bare, char tone) =>
        Assert.That(Tones.Split(letter), Is.EqualTo((bare, tone)));

    [TestCase('ê', Tones.DotBelow, 'ệ')]
    [TestCase('ơ', Tones.Acute, 'ớ')]
    [TestCase('y', Tones.Tilde, 'ỹ')]
    [TestCase('A', Tones.HookAbove, 'Ả')]
    public void A_bare_letter_and_a_tone_compose(char bare, char tone, char letter) =>
        Assert.That(Tones.Compose(bare, tone), Is.EqualTo(letter));

    [Test]
    public void A_consonant_takes_no_tone() =>
        Assert.That(Tones.Compose('b', Tones.Acute), Is.Null);

    [Test]
    public void The_five_marks_are_the_combining_grave_acute_tilde_hook_and_dot() =>
        Assert.That(Tones.Marks, Is.EqualTo(new[] { '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' }));
}
