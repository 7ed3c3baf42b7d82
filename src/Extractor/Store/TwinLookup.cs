namespace Extractor.Store;

/// <summary>
/// Finds the stored report a new reading is a twin of: the one with the same document key, else
/// one whose body's shingles it shares at <see cref="DocumentLikeness.Threshold"/> or more. Only
/// reports sharing a band key of the signature are looked at, and only those whose signature
/// comes near have their body read, so the cost follows the few similar reports, not the archive.
/// </summary>
internal sealed class TwinLookup(StoreConnection store)
{
    public long? Find(DocumentLikeness likeness)
    {
        if (likeness.Key is { } key && store.Scalar<long?>("SELECT report_id FROM report_likeness WHERE document_key = $p0 LIMIT 1", key) is { } same)
        {
            return same;
        }

        var bands = likeness.BandKeys();
        if (bands.Count == 0)
        {
            return null;
        }

        var candidates = new List<long>();
        using (var command = store.Command(
            $"""
            SELECT l.report_id, l.document_key, l.signature FROM report_likeness l
            WHERE l.report_id IN (SELECT report_id FROM report_bands WHERE band IN ({StoreConnection.Placeholders(bands.Count)})) AND l.signature IS NOT NULL
            """,
            [.. bands.Cast<object>()]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                // Two numbered documents with different numbers, dates or issuers are two documents, however alike their text.
                var conflicting = likeness.Key is not null && !reader.IsDBNull(1) && reader.GetString(1) != likeness.Key;
                if (!conflicting && likeness.MayMatch(DocumentLikeness.Unpack((byte[])reader.GetValue(2))))
                {
                    candidates.Add(reader.GetInt64(0));
                }
            }
        }

        return candidates
            .Select(id => (Id: id, Similarity: DocumentLikeness.Jaccard(likeness.Shingles, DocumentLikeness.ShinglesOf(BodyOf(id)))))
            .Where(c => c.Similarity >= DocumentLikeness.Threshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Id)
            .Select(c => (long?)c.Id)
            .FirstOrDefault();
    }

    /// <summary>Stores what <see cref="Find"/> looks up of a report.</summary>
    public void Write(long reportId, DocumentLikeness likeness)
    {
        store.Execute("INSERT INTO report_likeness(report_id, document_key, signature) VALUES ($p0, $p1, $p2)",
            reportId, (object?)likeness.Key ?? DBNull.Value, likeness.Signature is { } signature ? DocumentLikeness.Pack(signature) : DBNull.Value);
        foreach (var band in likeness.BandKeys())
        {
            store.Execute("INSERT INTO report_bands(band, report_id) VALUES ($p0, $p1)", band, reportId);
        }
    }

    private List<string> BodyOf(long reportId)
    {
        using var command = store.Command("SELECT text FROM paragraphs WHERE report_id = $p0 ORDER BY ordinal", reportId);
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
