using Extractor.Store;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace Extractor.Tests.Store;

/// <summary>Rows written through statements bound where their parameters stand, as the ADO.NET layer would write them.</summary>
public sealed class RowStatementsTests
{
    private SqliteConnection _connection = null!;

    [SetUp]
    public void Open()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER, flag INTEGER, x REAL, blob BLOB)";
        create.ExecuteNonQuery();
    }

    [TearDown]
    public void Close() => _connection.Dispose();

    [Test]
    public void Values_land_in_the_parameters_that_name_them_whatever_their_order_in_the_text()
    {
        using (var statements = new RowStatements(_connection))
        {
            // $p5 stands first: SQLite numbers parameters by where they first appear, not by their names.
            const string Insert = "INSERT INTO t(id, name, n, flag, x, blob) VALUES ($p5, $p0, $p1, $p2, $p3, $p4)";
            statements.Run(Insert, "lúa đông xuân", 3, true, 1.5, new byte[] { 1, 2 }, 7L);
            statements.Run(Insert, "ngô", null, false, null, null, null);
        }

        Assert.That(Rows(), Is.EqualTo(new[]
        {
            "7|lúa đông xuân|3|1|1.5|0102|integer|integer|real|blob",
            "8|ngô||0|||null|integer|null|null",
        }));
    }

    [Test]
    public void An_integer_is_read_back_and_a_missing_row_is_null()
    {
        using var statements = new RowStatements(_connection);
        statements.Run("INSERT INTO t(name) VALUES ($p0)", "lúa");
        Assert.Multiple(() =>
        {
            Assert.That(statements.Integer("SELECT id FROM t WHERE name = $p0", "lúa"), Is.EqualTo(1));
            Assert.That(statements.Integer("SELECT id FROM t WHERE name = $p0", "ngô"), Is.Null);
            Assert.That(statements.Integer("SELECT name FROM t WHERE name = $p0", "lúa"), Is.Null, "text is not an integer");
        });
    }

    [Test]
    public void A_broken_constraint_is_the_SQLite_error_and_the_statement_runs_again_after_it()
    {
        using var statements = new RowStatements(_connection);
        const string Insert = "INSERT INTO t(name) VALUES ($p0)";
        statements.Run(Insert, "lúa");
        var error = Assert.Throws<SqliteException>(() => statements.Run(Insert, "lúa"))!;
        statements.Run(Insert, "ngô");
        Assert.Multiple(() =>
        {
            Assert.That(error.SqliteErrorCode, Is.EqualTo(19));
            Assert.That(error.Message, Does.Contain("UNIQUE constraint failed: t.name"));
            Assert.That(Rows(), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void A_value_of_no_column_type_is_refused_by_name()
    {
        using var statements = new RowStatements(_connection);
        Assert.That(() => statements.Run("INSERT INTO t(name) VALUES ($p0)", DateTime.UnixEpoch),
            Throws.ArgumentException.With.Message.Contains("DateTime"));
    }

    private List<string> Rows()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, name, n, flag, x, hex(blob), typeof(n), typeof(flag), typeof(x), typeof(blob) FROM t ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
