using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Extractor.Store;

/// <summary>
/// The statements a report's rows are written with, each prepared once on the connection and run for row after row
/// with its values bound where its parameters stand (<c>$p0</c> takes the first value), found once per statement. A
/// command of the ADO.NET layer looks every parameter up by name and makes a reader for each run: that was half the
/// time of writing a row. Values are bound as that layer binds them (text, integers, booleans as 0 or 1, reals,
/// blobs, null), so the rows are the same; an error is its <see cref="SqliteException"/>. Lives within one
/// transaction, as <see cref="PreparedStatements"/> does.
/// </summary>
internal sealed class RowStatements(SqliteConnection connection) : IDisposable
{
    /// <summary>Each statement, with the parameter number of each value (0 where the text does not name it).</summary>
    private readonly Dictionary<string, (sqlite3_stmt Statement, int[] Parameters)> _statements = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/>.</summary>
    public void Run(string sql, params object?[] values)
    {
        var statement = Bound(sql, values);
        Step(statement);
        raw.sqlite3_reset(statement);
    }

    /// <summary>The integer in the first column of the first row <paramref name="sql"/> gives; null when it gives none or not an integer.</summary>
    public long? Integer(string sql, params object?[] values)
    {
        var statement = Bound(sql, values);
        long? integer = Step(statement) == raw.SQLITE_ROW && raw.sqlite3_column_type(statement, 0) == raw.SQLITE_INTEGER
            ? raw.sqlite3_column_int64(statement, 0)
            : null;
        raw.sqlite3_reset(statement);
        return integer;
    }

    private sqlite3_stmt Bound(string sql, object?[] values)
    {
        if (!_statements.TryGetValue(sql, out var prepared))
        {
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
            var parameters = Enumerable.Range(0, values.Length).Select(i => raw.sqlite3_bind_parameter_index(statement, $"$p{i}")).ToArray();
            _statements[sql] = prepared = (statement, parameters);
        }

        for (var i = 0; i < values.Length; i++)
        {
            var at = prepared.Parameters[i];
            if (at == 0)
            {
                continue;
            }

            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(prepared.Statement, at),
                string text => raw.sqlite3_bind_text(prepared.Statement, at, text),
                long integer => raw.sqlite3_bind_int64(prepared.Statement, at, integer),
                int integer => raw.sqlite3_bind_int64(prepared.Statement, at, integer),
                bool flag => raw.sqlite3_bind_int64(prepared.Statement, at, flag ? 1 : 0),
                double real => raw.sqlite3_bind_double(prepared.Statement, at, real),
                byte[] blob => raw.sqlite3_bind_blob(prepared.Statement, at, blob),
                var other => throw new ArgumentException($"no column type for a {other.GetType().Name} value", nameof(values)),
            });
        }

        return prepared.Statement;
    }

    private int Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            try
            {
                SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            }
            finally
            {
                raw.sqlite3_reset(statement);
            }
        }

        return rc;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }

    public void Dispose()
    {
        foreach (var (statement, _) in _statements.Values)
        {
            statement.Dispose();
        }
    }
}
