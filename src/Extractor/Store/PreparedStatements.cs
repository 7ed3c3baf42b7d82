using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>
/// Statements prepared once and run again with other values: a report's rows when it is
/// written, a search's hits when they are placed. Preparing a statement for every row or hit
/// cost more than running it. Commands belong to the connection's current transaction state,
/// so an instance lives no longer than one report or one search.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The statement for <paramref name="sql"/> (parameters <c>$p0, $p1, ...</c>), prepared on first use, with <paramref name="values"/> bound.</summary>
    public SqliteCommand Prepared(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
