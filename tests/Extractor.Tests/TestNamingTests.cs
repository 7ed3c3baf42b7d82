using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Extractor.Tests;

/// <summary>
/// One naming style for tests: a fixture is named after what it tests and ends in "Tests" (a suite
/// every implementation of a seam inherits ends in "Contract"); a test
/// is a sentence in snake case saying what holds ("A_range_keeps_both_bounds_and_its_unit").
/// </summary>
public sealed partial class TestNamingTests
{
    [Test]
    public void Every_test_is_a_sentence_in_a_fixture_named_for_what_it_tests()
    {
        var tests = typeof(TestNamingTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(TestAttribute)) || method.IsDefined(typeof(TestCaseAttribute)) || method.IsDefined(typeof(TestCaseSourceAttribute)))
            .ToList();

        Assert.That(tests, Has.Count.GreaterThan(100));
        Assert.That(tests.Where(t => !Sentence().IsMatch(t.Name)).Select(t => $"{t.DeclaringType!.Name}.{t.Name}"), Is.Empty);
        Assert.That(tests.Select(t => t.DeclaringType!).Distinct().Where(f => !f.Name.EndsWith(f.IsAbstract ? "Contract" : "Tests", StringComparison.Ordinal)).Select(f => f.Name), Is.Empty);
    }

    [TestCase("A_range_keeps_both_bounds_and_its_unit", true)]
    [TestCase("Reads_PDF_footnotes", true)]
    [TestCase("LibreOffice_output_reads_like_its_source", true)]
    [TestCase("Ranges", false)]
    [TestCase("ReadsFootnotes", false)]
    [TestCase("reads_footnotes", false)]
    public void A_sentence_starts_with_a_capital_and_has_words_joined_by_underscores(string name, bool sentence)
    {
        Assert.That(Sentence().IsMatch(name), Is.EqualTo(sentence));
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$")]
    private static partial Regex Sentence();
}
