using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// The open SQLite file the store's parts share (see <see cref="StoreFile"/>), with the few ways
/// they run SQL: a command with positional parameters <c>$p0, $p1, ...</c>, a statement, a scalar, rows.
/// </summary>
internal sealed class StoreConnection(SqliteConnection connection, string path) : IDisposable
{
    public SqliteConnection Sqlite => connection;

    /// <summary>The database file, full path.</summary>
    public string Path => path;

    /// <summary>The file's name, which every <see cref="StoreException"/> starts with.</summary>
    public string Name => System.IO.Path.GetFileName(path);

    public SqliteCommand CreateCommand() => connection.CreateCommand();

    /// <summary>A write transaction (BEGIN IMMEDIATE): one writer at a time, taken before the first read.</summary>
    public SqliteTransaction BeginTransaction() => connection.BeginTransaction();

    /// <summary>
    /// A read transaction (BEGIN DEFERRED, reading only): one snapshot for several reads, which never
    /// waits for a writer nor keeps one waiting, as the WAL journal allows.
    /// </summary>
    public SqliteTransaction BeginSnapshot() => connection.BeginTransaction(deferred: true);

    /// <summary>The parameters <see cref="Command"/> names for <paramref name="count"/> values, as a list for <c>IN (...)</c>.</summary>
    public static string Placeholders(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"$p{i}"));

    public SqliteCommand Command(string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", values[i]);
        }

        return command;
    }

    /// <summary>Each row of <paramref name="sql"/> as <paramref name="read"/> makes it.</summary>
    public List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params object[] values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public void Execute(string sql, params object[] values)
    {
        using var command = Command(sql, values);
        command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql, params object[] values) => Scalar<T>(sql, allowMissingTable: false, values);

    public T Scalar<T>(string sql, bool allowMissingTable, params object[] values)
    {
        using var command = Command(sql, values);
        try
        {
            var value = command.ExecuteScalar();
            return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e) when (allowMissingTable && e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return default!;
        }
    }

    /// <summary>Counted up by every report stored: a series table of an older generation is out of date.</summary>
    public long Generation() => long.Parse(Scalar<string>("SELECT value FROM store_info WHERE key = 'generation'"), CultureInfo.InvariantCulture);

    public void Dispose() => connection.Dispose();
}
