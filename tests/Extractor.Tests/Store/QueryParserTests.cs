using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>The query syntax, and that what reaches FTS5 is always our own rendering.</summary>
public sealed class QueryParserTests
{
    [TestCase("thu ngân sách", "((\"thu\") AND (\"ngan\") AND (\"sach\"))", true)]
    [TestCase("\"thu ngân sách\"", "(\"thu\" AND \"ngan\" AND \"sach\")", false)]
    [TestCase("lúa*", "(\"lua\" *)", true)]
    [TestCase("\"vụ đông\"*", "(\"vu\" AND \"dong\" *)", false)]
    [TestCase("lúa OR ngô", "((\"lua\") OR (\"ngo\"))", true)]
    [TestCase("(lúa OR ngô) NOT ngô", "(((\"lua\") OR (\"ngo\"))) NOT ((\"ngo\"))", true)]
    [TestCase("(lúa OR ngô) NOT \"vụ mùa\"", "(((\"lua\") OR (\"ngo\")))", false)]
    [TestCase("a AND b OR c", "(((\"a\") AND (\"b\")) OR (\"c\"))", true)]
    [TestCase("25.693", "(\"25\" AND \"693\")", false)]
    [TestCase("col:lúa", "(\"col\" AND \"lua\")", false)]
    [TestCase("lúa and ngô", "((\"lua\") AND (\"and\") AND (\"ngo\"))", true)]
    [TestCase("\"thu ngân", "(\"thu\" AND \"ngan\")", false)]
    [TestCase("(lúa OR ngô", "((\"lua\") OR (\"ngo\"))", true)]
    [TestCase("NEAR(lúa ngô)", "((\"near\") AND ((\"lua\") AND (\"ngo\")))", true)]
    [TestCase("lúa - ngô ^ *", "((\"lua\") AND (\"ngo\"))", true)]
    public void Queries_render_as_quoted_fts5_strings(string query, string match, bool complete)
    {
        var rendered = FtsMatch.Render(QueryParser.Parse(query));
        Assert.That((rendered.Expression, rendered.Complete), Is.EqualTo((match, complete)));
    }

    [Test]
    public void Exact_queries_leave_every_exclusion_to_the_check_of_each_hit()
    {
        var rendered = FtsMatch.Render(QueryParser.Parse("lúa NOT đồng"), exact: true);
        Assert.That((rendered.Expression, rendered.Complete), Is.EqualTo(("((\"lua\"))", false)));
    }

    [Test]
    public void A_prefix_goes_out_as_the_indexed_terms_it_stands_for()
    {
        var query = QueryParser.Parse("\"vụ lúa\"* OR luật*");
        Assert.That(FtsMatch.Prefixes(query), Is.EqualTo(new[] { "lua", "luat" }));
        var prefixes = new Dictionary<string, IReadOnlyList<string>> { ["lua"] = ["lua", "luat"] };
        Assert.That(FtsMatch.Render(query, prefixes: prefixes).Expression,
            Is.EqualTo("((\"vu\" AND (\"lua\" OR \"luat\")) OR (\"luat\" *))"), "a prefix not looked up stays a prefix");
    }

    [Test]
    public void A_bounded_query_lets_every_looked_for_word_meet_the_end_marker_but_never_an_exclusion()
    {
        var query = QueryParser.Parse("\"tiêm chủng\" OR lợn* NOT bò");
        var prefixes = new Dictionary<string, IReadOnlyList<string>> { ["lon"] = ["lon"] };
        var end = $"\"{PassageId.EndToken}\"";
        Assert.That(FtsMatch.Bounded(query, prefixes: prefixes).Expression, Is.EqualTo(
            $"(((\"tiem\" OR {end}) AND (\"chung\" OR {end})) OR ((((\"lon\") OR {end}))) NOT ((\"bo\")))"));
    }

    [TestCase("", "nothing to search for")]
    [TestCase("* ^ -", "nothing to search for")]
    [TestCase("NOT lúa", "only says what to leave out")]
    [TestCase("lúa OR", "OR needs")]
    [TestCase("OR lúa", "OR needs")]
    [TestCase("lúa AND", "AND needs")]
    [TestCase("lúa)", "unexpected ')'")]
    [TestCase("lúa OR NOT ngô", "NOT cannot be one side of OR")]
    public void Queries_that_cannot_mean_a_search_say_why(string query, string reason) =>
        Assert.That(() => FtsMatch.Render(QueryParser.Parse(query)),
            Throws.TypeOf<QuerySyntaxException>().With.Message.Contains(reason));

    [Test]
    public void Limits_bound_hostile_input()
    {
        Assert.That(() => QueryParser.Parse(new string('a', 5000)), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("characters long"));
        Assert.That(() => QueryParser.Parse(string.Join(' ', Enumerable.Repeat("lúa", 100))), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("words"));
        Assert.That(() => QueryParser.Parse(new string('(', 100) + "lúa"), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("nested"));
    }
}
