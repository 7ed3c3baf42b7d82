namespace Extractor.Store;

/// <summary>
/// The store cannot be used: missing, not an Extractor database, from another version, or its
/// backend failed (locked, damaged, disk full). One line, naming the database file and the reason.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
