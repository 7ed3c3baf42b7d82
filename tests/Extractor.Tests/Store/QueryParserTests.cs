using Extractor.Store;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>The query syntax, and that what reaches Lucene is always our own query of index terms.</summary>
public sealed class QueryParserTests
{
    [TestCase("thu ngân sách", "+label_text:thu +label_text:ngan +label_text:sach")]
    [TestCase("\"thu ngân sách\"", "label_text:\"thu ngan sach\"")]
    [TestCase("lúa*", "label_text:lua*")]
    [TestCase("đông*", "ConstantScore(label_text:dong label_text:dongg)")]
    [TestCase("\"vụ đông\"*", "label_text:\"vu (dong dongg)\"")]
    [TestCase("lúa OR ngô", "label_text:lua label_text:ngo")]
    [TestCase("(lúa OR ngô) NOT \"vụ mùa\"", "+(label_text:lua label_text:ngo) -label_text:\"vu mua\"")]
    [TestCase("a AND b OR c", "(+label_text:a +label_text:b) label_text:c")]
    [TestCase("25.693", "label_text:\"25 693\"")]
    [TestCase("col:lúa", "label_text:\"col lua\"")]
    [TestCase("lúa and ngô", "+label_text:lua +label_text:and +label_text:ngo")]
    [TestCase("\"thu ngân", "label_text:\"thu ngan\"")]
    [TestCase("NEAR(lúa ngô)", "+label_text:near +(+label_text:lua +label_text:ngo)")]
    [TestCase("lúa - ngô ^ *", "+label_text:lua +label_text:ngo")]
    public void Queries_become_lucene_queries_of_folded_words_never_of_lucene_syntax(string query, string lucene)
    {
        using var index = LabelIndex("vụ đông", "vụ đôngg");
        Assert.That(IndexQuery.Labels(QueryParser.Parse(query), index.Reader).ToString(), Is.EqualTo(lucene));
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
        Assert.That(() => IndexQuery.Labels(QueryParser.Parse(query), LabelIndex().Reader),
            Throws.TypeOf<QuerySyntaxException>().With.Message.Contains(reason));

    [Test]
    public void Limits_bound_hostile_input()
    {
        Assert.That(() => QueryParser.Parse(new string('a', 5000)), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("characters long"));
        Assert.That(() => QueryParser.Parse(string.Join(' ', Enumerable.Repeat("lúa", 100))), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("words"));
        Assert.That(() => QueryParser.Parse(new string('(', 100) + "lúa"), Throws.TypeOf<QuerySyntaxException>().With.Message.Contains("nested"));
    }

    /// <summary>A small index in memory holding labels, for prefixes in phrases to be expanded against.</summary>
    private static LabelIndexInMemory LabelIndex(params string[] labels) => new(labels);

    private sealed class LabelIndexInMemory : IDisposable
    {
        private readonly Lucene.Net.Store.RAMDirectory _directory = new();

        public LabelIndexInMemory(string[] labels)
        {
            using (var writer = new Lucene.Net.Index.IndexWriter(_directory,
                new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, FoldedWordAnalyzer.Instance)))
            {
                for (var i = 0; i < labels.Length; i++)
                {
                    writer.AddDocument(PassageDocuments.Label(i, labels[i]));
                }
            }

            Reader = Lucene.Net.Index.DirectoryReader.Open(_directory);
        }

        public Lucene.Net.Index.DirectoryReader Reader { get; }

        public void Dispose()
        {
            Reader.Dispose();
            _directory.Dispose();
        }
    }
}
