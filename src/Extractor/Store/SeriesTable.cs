namespace Extractor.Store;

/// <summary>
/// A whole-archive series of one category, stored packed at the end of a batch: its distinct
/// texts once, then each row as numbers pointing at them. The largest of 10,000 reports has
/// 45,000 rows; built from the heads each time it took 100–170 ms on this machine, decoded
/// from here it is one row read and a pass over the bytes.
/// </summary>
internal static class SeriesTable
{
    public static byte[] Pack(IReadOnlyList<SeriesRow> rows)
    {
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        int Text(string text) => texts.TryGetValue(text, out var at) ? at : texts[text] = texts.Count;
        int MaybeText(string? text) => text is null ? 0 : Text(text) + 1;
        var numbered = rows.Select(r => (Place: MaybeText(r.Place), r.Year, Period: MaybeText(r.Period), Indicator: Text(r.Indicator), r.Value, Unit: Text(r.Unit), Report: Text(r.Report))).ToList();

        return PackedWriter.Pack(writer =>
        {
            writer.Number(texts.Count);
            foreach (var text in texts.Keys)
            {
                writer.Text(text);
            }

            writer.Number(numbered.Count);
            foreach (var row in numbered)
            {
                writer.Number(row.Place);
                writer.MaybeInt(row.Year);
                writer.Number(row.Period);
                writer.Number(row.Indicator);
                writer.Decimal(row.Value);
                writer.Number(row.Unit);
                writer.Number(row.Report);
            }
        });
    }

    public static SeriesRow[] Unpack(ReadOnlySpan<byte> packed)
    {
        var reader = new PackedReader(packed, new SharedTexts());
        var texts = new string[reader.Number()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.Text();
        }

        string? MaybeText(long at) => at == 0 ? null : texts[at - 1];
        var rows = new SeriesRow[reader.Number()];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new SeriesRow(MaybeText(reader.Number()), reader.MaybeInt(), MaybeText(reader.Number()), texts[reader.Number()], reader.Decimal(), texts[reader.Number()], texts[reader.Number()]);
        }

        return rows;
    }
}
