using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>Opens the store's SQLite file: creates the schema in a new one, upgrades one of schema 8, refuses one of another schema version.</summary>
internal static class StoreFile
{
    /// <summary>Opens the database, creating it when <paramref name="create"/> is set.</summary>
    /// <exception cref="StoreException">Missing (and not to be created), not an Extractor database, or from a version before 8 or after this one.</exception>
    public static StoreConnection Open(string path, bool create)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full))
        {
            throw new StoreException($"{System.IO.Path.GetFileName(full)}: database not found (run 'extractor ingest' first)");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        var store = new StoreConnection(connection, full);
        try
        {
            connection.Open();
            Prepare(store);
            return store;
        }
        catch (SqliteException e)
        {
            store.Dispose();
            throw new StoreException($"{store.Name}: cannot be used as a database: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch (StoreException)
        {
            store.Dispose();
            throw;
        }
    }

    private static void Prepare(StoreConnection store)
    {
        // Reads through a memory map: a series or search touches rows all over a large file, and
        // copying each page into SQLite's own small cache costs more than the lookup itself.
        // The journal is copied into the file every 10,000 pages (40 MB) rather than 1,000: reports rewrite the same index
        // pages, each copied once a checkpoint, and a checkpoint syncs (500 reports stored straight, two runs each:
        // 19.9-21.3 reports a second against 17.9-18.7, CPU per report within the machine's noise).
        store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 2147418112; PRAGMA wal_autocheckpoint = 10000;");
        var tables = store.Scalar<long>("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        if (tables == 0)
        {
            using var transaction = store.BeginTransaction();
            store.Execute(StoreSchema.Create);
            store.Execute($"INSERT INTO store_info(key, value) VALUES ('schema', '{StoreSchema.Version}'), ('generation', '0')");
            transaction.Commit();
            return;
        }

        var version = store.Scalar<string?>("SELECT value FROM store_info WHERE key = 'schema'", allowMissingTable: true);
        if (version is null)
        {
            throw new StoreException($"{store.Name}: a database, but not one written by Extractor");
        }

        var number = int.Parse(version, CultureInfo.InvariantCulture);
        if (number > StoreSchema.Version)
        {
            throw new StoreException($"{store.Name}: written by a newer Extractor (schema {version}; this one reads {StoreSchema.Version})");
        }

        if (number is >= 8 and < StoreSchema.Version)
        {
            using var transaction = store.BeginTransaction();
            if (number == 8)
            {
                store.Execute(StoreSchema.UpgradeFrom8);
            }

            if (number <= 9)
            {
                store.Execute(StoreSchema.UpgradeFrom9);
            }

            if (number <= 10)
            {
                store.Execute(StoreSchema.UpgradeFrom10);
            }

            store.Execute(StoreSchema.UpgradeFrom11);
            store.Execute("UPDATE store_info SET value = $p0 WHERE key = 'schema'", $"{StoreSchema.Version}");
            transaction.Commit();
        }
        else if (number < StoreSchema.Version)
        {
            throw new StoreException($"{store.Name}: written by an older Extractor (schema {version}; this one reads {StoreSchema.Version}): ingest the reports again into a new database");
        }
    }
}
