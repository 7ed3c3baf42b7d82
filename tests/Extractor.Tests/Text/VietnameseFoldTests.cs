using System.Text;
using Extractor.Text;
using NUnit.Framework;

namespace Extractor.Tests.Text;

public sealed class VietnameseFoldTests
{
    [TestCase("Thu Ngân Sách", "thu ngan sach")]
    [TestCase("đồng Đông dòng", "dong dong dong")]
    [TestCase("việc tiếp tục hộ", "viec tiep tuc ho")]
    [TestCase("Ủy ban; Độc lập - Tự do", "uy ban  doc lap   tu do")]
    [TestCase("25.693 ha", "25 693 ha")]
    public void Folding_removes_every_mark_and_turns_punctuation_into_spaces(string text, string folded) =>
        Assert.That(VietnameseFold.Fold(text), Is.EqualTo(folded));

    [Test]
    public void Decomposed_text_folds_like_composed_text()
    {
        var composed = "Hội đồng nhân dân xã Bình Trung";
        Assert.That(VietnameseFold.Fold(composed.Normalize(NormalizationForm.FormD)), Is.EqualTo(VietnameseFold.Fold(composed)));
    }

    [TestCase("hoà", "hòa")]
    [TestCase("thuỷ", "thủy")]
    [TestCase("khoẻ", "khỏe")]
    [TestCase("HOÀ GIẢI", "hòa giải")]
    [TestCase("tuỳ", "tùy")]
    public void Exact_mode_keeps_diacritics_but_not_the_tone_placement(string oldStyle, string newStyle) =>
        Assert.That(VietnameseFold.Fold(oldStyle, exact: true), Is.EqualTo(VietnameseFold.Fold(newStyle, exact: true)));

    [TestCase("đồng", "dòng")]
    [TestCase("đồng", "đông")]
    [TestCase("quý", "quỳ")]
    public void Exact_mode_tells_different_words_apart(string one, string other) =>
        Assert.That(VietnameseFold.Fold(one, exact: true), Is.Not.EqualTo(VietnameseFold.Fold(other, exact: true)));

    [TestCase("của mùa người việc giá quý gì", "của mùa người việc giá quý gì")]
    public void Exact_mode_leaves_canonical_syllables_alone(string text, string expected) =>
        Assert.That(VietnameseFold.Fold(text, exact: true), Is.EqualTo(expected));

    [TestCase(false)]
    [TestCase(true)]
    public void Offsets_map_folded_words_back_to_the_original(bool decomposed)
    {
        var original = "Tổng thu Ngân sách: 25.693 triệu đồng";
        if (decomposed)
        {
            original = original.Normalize(NormalizationForm.FormD);
        }

        var folded = VietnameseFold.FoldWithOffsets(original);
        var words = VietnameseFold.Words(folded.Text).Select(w => folded.Original(w.Start, w.End)).Select(s => original[s.Start..s.End]);
        Assert.That(words.Select(w => w.Normalize()), Is.EqualTo(new[] { "Tổng", "thu", "Ngân", "sách", "25", "693", "triệu", "đồng" }));
    }

    [TestCase("huyện  Văn Quan", "huyen van quan")]
    [TestCase("% KH", "% kh")]
    [TestCase(" triệu đồng ", "trieu dong")]
    [TestCase("\tHội  đồng\n", "hoi dong")]
    [TestCase("", "")]
    [TestCase("   ", "")]
    public void Keys_fold_names_and_keep_symbols(string name, string key) =>
        Assert.That(VietnameseFold.Key(name), Is.EqualTo(key));

    [Test]
    public void Keys_of_long_and_decomposed_text_fold_alike()
    {
        var longText = string.Concat(Enumerable.Repeat("Thu ngân sách, ", 25));
        Assert.That(longText, Has.Length.GreaterThan(256));
        var key = string.Concat(Enumerable.Repeat("thu ngan sach, ", 25)).TrimEnd();
        Assert.That(VietnameseFold.Key(longText), Is.EqualTo(key));
        Assert.That(VietnameseFold.Key(longText.Normalize(NormalizationForm.FormD)), Is.EqualTo(key));
    }

    [TestCase("Diện tích, gieo trồng", " dien tich gieo trong ")]
    [TestCase("  Tổng đàn trâu: 5.120 con; ", " tong dan trau 5 120 con ")]
    [TestCase("", "  ")]
    [TestCase(", ; -", "  ")]
    public void Spaced_text_is_the_folded_words_one_space_apart_and_around(string text, string spaced) =>
        Assert.That(VietnameseFold.Spaced(text), Is.EqualTo(spaced));

    [Test]
    public void Spaced_text_of_long_and_decomposed_text_is_its_folded_words_joined()
    {
        var longText = string.Concat(Enumerable.Repeat("Thu ngân sách nhà nước trên địa bàn (ước đạt) ", 12));
        foreach (var text in new[] { longText, longText.Normalize(NormalizationForm.FormD), "Hội đồng nhân dân".Normalize(NormalizationForm.FormD) })
        {
            Assert.That(VietnameseFold.Spaced(text), Is.EqualTo($" {string.Join(' ', VietnameseFold.FoldedWords(text))} "));
        }
    }
}
