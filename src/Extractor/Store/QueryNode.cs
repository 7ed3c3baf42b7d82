namespace Extractor.Store;

/// <summary>A parsed search query: our own tree, made into Lucene queries of index terms by <see cref="IndexQuery"/>, never passed through as typed.</summary>
internal abstract record QueryNode;

/// <summary>A word or a quoted phrase: folded words in order; <paramref name="Prefix"/> when the last word ends in '*'.</summary>
internal sealed record TermNode(IReadOnlyList<string> Words, bool Prefix) : QueryNode;

internal sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

internal sealed record NotNode(QueryNode Child) : QueryNode;
