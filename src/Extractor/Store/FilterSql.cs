using Extractor.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Store;

/// <summary>A <see cref="ReportFilter"/> as SQL conditions ("AND ..."), values bound as parameters, never spliced.</summary>
internal static class FilterSql
{
    /// <summary>Place, province, years and period on the reports table (alias <paramref name="r"/>).</summary>
    public static string Reports(ReportFilter filter, string r, SqliteCommand command) =>
        Condition(command, $"instr({r}.place_key, $place) > 0", "$place", Key(filter.Place))
        + Condition(command, $"instr({r}.province_key, $province) > 0", "$province", Key(filter.Province))
        + Condition(command, $"instr({r}.period_key, $period) > 0", "$period", Key(filter.Period))
        + Condition(command, $"{r}.year >= $first_year", "$first_year", filter.Years?.First)
        + Condition(command, $"{r}.year <= $last_year", "$last_year", filter.Years?.Last);

    /// <summary>Unit, category and value range on the records table (alias <paramref name="rec"/>).</summary>
    public static string RecordValues(ReportFilter filter, string rec, SqliteCommand command)
    {
        var sql = Condition(command, $"{rec}.unit_key = $unit", "$unit", filter.Unit is null ? null : VietnameseFold.Key(filter.Unit));
        sql += Category(filter, rec, command);
        // Values are exact decimal text (StoredNumber); compared as numbers, not as text.
        sql += Condition(command, $"CAST({rec}.value AS REAL) >= $min", "$min", filter.MinValue);
        sql += Condition(command, $"CAST({rec}.value AS REAL) <= $max", "$max", filter.MaxValue);
        return sql;
    }

    /// <summary>The category on a table with a <c>category</c> column (alias <paramref name="table"/>): records or series heads.</summary>
    public static string Category(ReportFilter filter, string table, SqliteCommand command) =>
        Condition(command, $"{table}.category = $category_filter", "$category_filter", filter.Category);

    private static string Condition(SqliteCommand command, string sql, string name, object? value)
    {
        if (value is null)
        {
            return "";
        }

        command.Parameters.AddWithValue(name, value);
        return $" AND {sql}";
    }

    /// <summary>A name as the store keeps it to be filtered (<c>place_key</c>, ...): folded, so that a part of it matches with or without diacritics.</summary>
    public static string? Key(string? name) => name is null ? null : VietnameseFold.Key(name);
}
