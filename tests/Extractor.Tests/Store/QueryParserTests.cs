using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>The query syntax, and that what reaches FTS5 is always our own rendering.</summary>
public sealed class QueryParserTests
{
    [TestCase("thu ngân sách", "(folded : \"thu\" AND folded : \"ngan\" AND folded : \"sach\")")]
    [TestCase("\"thu ngân sách\"", "folded : \"thu ngan sach\"")]
    [TestCase("lúa*", "folded : \"lua\" *")]
    [TestCase("\"vụ đông\"*", "folded : \"vu dong\" *")]
    [TestCase("lúa OR ngô", "(folded : \"lua\" OR folded : \"ngo\")")]
    [TestCase("(lúa OR ngô) NOT \"vụ mùa\"", "((folded : \"lua\" OR folded : \"ngo\")) NOT (folded : \"vu mua\")")]
    [TestCase("a AND b OR c", "((folded : \"a\" AND folded : \"b\") OR folded : \"c\")")]
    [TestCase("25.693", "folded : \"25 693\"")]
    [TestCase("col:lúa", "folded : \"col lua\"")]
    [TestCase("lúa and ngô", "(folded : \"lua\" AND folded : \"and\" AND folded : \"ngo\")")]
    [TestCase("\"thu ngân", "folded : \"thu ngan\"")]
    [TestCase("(lúa OR ngô", "(folded : \"lua\" OR folded : \"ngo\")")]
    [TestCase("NEAR(lúa ngô)", "(folded : \"near\" AND (folded : \"lua\" AND folded : \"ngo\"))")]
    [TestCase("lúa - ngô ^ *", "(folded : \"lua\" AND folded : \"ngo\")")]
    public void Queries_render_as_quoted_fts5_strings(string query, string match) =>
        Assert.That(FtsMatch.Render(QueryParser.Parse(query), "folded"), Is.EqualTo(match));

    [TestCase("", "nothing to search for")]
    [TestCase("* ^ -", "nothing to search for")]
    [TestCase("NOT lúa", "only says what to leave out")]
    [TestCase("lúa OR", "OR needs")]
    [TestCase("OR lúa", "OR needs")]
    [TestCase("lúa AND", "AND needs")]
    [TestCase("lúa)", "unexpected ')'")]
    [TestCase("lúa OR NOT ngô", "NOT cannot be one side of OR")]
    public void Queries_that_cannot_mean_a_search_say_why(string query, string reason) =>
        Assert.That(() => FtsMatch.Render(QueryParser.Parse(query), "folded"),
            Throws.TypeOf<QuerySyntaxException>().With.Message.Contains(reason));

    [Test]
    public void Limits_bound_hostile_input()
    {
        Assert.That(() => QueryParser.Parse(new string('a', 5000)), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("characters long"));
        Assert.That(() => QueryParser.Parse(string.Join(' ', Enumerable.Repeat("lúa", 100))), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("words"));
        Assert.That(() => QueryParser.Parse(new string('(', 100) + "lúa"), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("nested"));
    }
}
