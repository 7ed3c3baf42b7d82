namespace Extractor.Store;

/// <summary>
/// The end of a batch: commits the search index, and stores each category's
/// whole-archive series (<see cref="SeriesTable"/>) unless the stored tables are current.
/// </summary>
internal sealed class BatchFinishing(StoreConnection store, SearchIndex index, SeriesReading series)
{
    public void FinishBatch()
    {
        index.Commit();
        using var transaction = store.BeginTransaction();
        var generation = store.Generation();
        // The tables are stored together, under one generation: all are current or none.
        if (store.Scalar<long>("SELECT count(*) FROM series_tables WHERE generation = $p0", generation) == 0)
        {
            store.Execute("DELETE FROM series_tables");
            var categories = new List<string>();
            using (var command = store.Command("SELECT DISTINCT category FROM series_heads"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    categories.Add(reader.GetString(0));
                }
            }

            foreach (var category in categories)
            {
                foreach (var byPeriod in new[] { true, false })
                {
                    store.Execute("INSERT INTO series_tables(category, by_period, generation, rows) VALUES ($p0, $p1, $p2, $p3)",
                        category, byPeriod, generation, SeriesTable.Pack(series.BuiltRows(new SeriesQuery(category, null, ReportFilter.None, byPeriod))));
                }
            }
        }

        transaction.Commit();
    }
}
