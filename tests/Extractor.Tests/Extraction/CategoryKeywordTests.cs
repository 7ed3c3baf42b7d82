using Extractor.Extraction.Categories;
using NUnit.Framework;

namespace Extractor.Tests.Extraction;

/// <summary>Keyword matches as the category model reads them: whole words, the longest phrase found winning.</summary>
public sealed class CategoryKeywordTests
{
    private static readonly CategoryFeatures Features = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["livestock"] = ["đàn trâu", "đàn"],
        ["crop_area"] = ["trâu"],
        ["plan"] = ["% kế hoạch"],
        ["budget_revenue"] = ["thu ngân sách", "ngân sách"],
    });

    [TestCase("Tổng đàn trâu", "livestock")]
    [TestCase("(đàn trâu) toàn huyện", "livestock")]
    [TestCase("số con trâu", "crop_area")]
    [TestCase("đạt 90 % kế hoạch", "plan")]
    [TestCase("Tổng thu ngân sách nhà nước", "budget_revenue")]
    [TestCase("ngân sách; đàn", "budget_revenue")]
    [TestCase("đàn trâu, ngân sách", "livestock,budget_revenue")]
    [TestCase("đàng hoàng, trâuu", "")]
    [TestCase("", "")]
    public void A_label_matches_the_categories_of_its_longest_phrases_on_word_boundaries(string label, string categories)
    {
        var matches = Features.Of(label, "", "", "con").KeywordMatches[0];
        Assert.That(matches, Is.EquivalentTo(categories.Split(',', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Test]
    public void Lead_ins_and_contexts_match_as_labels_do()
    {
        var features = Features.Of("", "Tổng đàn trâu", "Thu ngân sách", "con");
        Assert.That(features.KeywordMatches[1], Is.EquivalentTo(new[] { "livestock" }));
        Assert.That(features.KeywordMatches[2], Is.EquivalentTo(new[] { "budget_revenue" }));
    }
}
