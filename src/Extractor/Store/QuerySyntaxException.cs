namespace Extractor.Store;

/// <summary>A search query the user must rephrase; the message says what is wrong and where.</summary>
public sealed class QuerySyntaxException(string message) : Exception(message);
