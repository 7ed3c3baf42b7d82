namespace Extractor.Store;

/// <summary>The database cannot be used: missing, not an Extractor database, or from a newer version. One line, naming the file.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
