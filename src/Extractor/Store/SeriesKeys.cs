namespace Extractor.Store;

// What a series reads is stored packed, one column per report (series_reports) and per category
// and report (series_heads): through the provider each column read costs about 0.3 µs, and the
// largest series of 10,000 reports read 53,000 heads of six columns and 10,000 reports of eleven.
// PackedWriter writes them; PackedReader reads them back.

/// <summary>The first record of a report in a unit (folded), with what a series row shows of it.</summary>
internal readonly record struct SeriesHead(long ReportId, string UnitKey, long RecordId, long LabelId, decimal Value, string Unit)
{
    /// <summary>A report's heads of one category, in one column.</summary>
    public static byte[] Pack(IReadOnlyCollection<SeriesHead> heads) => PackedWriter.Pack(writer =>
    {
        writer.Number(heads.Count);
        foreach (var head in heads)
        {
            writer.Text(head.UnitKey);
            writer.Number(head.RecordId);
            writer.Number(head.LabelId);
            writer.Decimal(head.Value);
            writer.Text(head.Unit);
        }
    });

    /// <summary>Adds the heads <see cref="Pack"/> wrote for <paramref name="reportId"/> to <paramref name="heads"/>.</summary>
    public static void Unpack(long reportId, ReadOnlySpan<byte> packed, SharedTexts texts, List<SeriesHead> heads)
    {
        var reader = new PackedReader(packed, texts);
        for (var count = reader.Number(); count > 0; count--)
        {
            heads.Add(new SeriesHead(reportId, reader.Text(), reader.Number(), reader.Number(), reader.Decimal(), reader.Text()));
        }
    }
}

/// <summary>A report as a series sees it: its folded place, province and period keys, months covered and date, and its names for the rows.</summary>
internal sealed record SeriesReport(long Id, string? PlaceKey, string? ProvinceKey, string? PeriodKey, int? FirstMonth, int? Months, string? Date, ReportNames Names)
{
    /// <summary>
    /// The planner's row order: by place key, province key, year, first month and period key, missing first,
    /// keys compared by ordinal (the same order as SQLite's for them), then as stored.
    /// </summary>
    public static Comparison<SeriesReport> RowOrder { get; } = (a, b) =>
    {
        var order = string.CompareOrdinal(a.PlaceKey, b.PlaceKey);
        order = order != 0 ? order : string.CompareOrdinal(a.ProvinceKey, b.ProvinceKey);
        order = order != 0 ? order : Nullable.Compare(a.Names.Year, b.Names.Year);
        order = order != 0 ? order : Nullable.Compare(a.FirstMonth, b.FirstMonth);
        order = order != 0 ? order : string.CompareOrdinal(a.PeriodKey, b.PeriodKey);
        return order != 0 ? order : a.Id.CompareTo(b.Id);
    };

    /// <summary>Same place, province, year, first month and period: rows of the two come in the same place of the table.</summary>
    public bool SharesRowOrder(SeriesReport other) =>
        string.Equals(PlaceKey, other.PlaceKey, StringComparison.Ordinal) && string.Equals(ProvinceKey, other.ProvinceKey, StringComparison.Ordinal)
        && Names.Year == other.Names.Year
        && FirstMonth == other.FirstMonth && string.Equals(PeriodKey, other.PeriodKey, StringComparison.Ordinal);

    /// <summary>Covers more months, or as many but is dated later, or as those but stored later.</summary>
    public bool Outranks(SeriesReport other)
    {
        var order = Nullable.Compare(Months, other.Months);
        order = order != 0 ? order : string.CompareOrdinal(Date, other.Date);
        return order != 0 ? order > 0 : Id > other.Id;
    }

    /// <summary>All but the id, in one column.</summary>
    public byte[] Pack() => PackedWriter.Pack(writer =>
    {
        writer.MaybeText(PlaceKey);
        writer.MaybeText(ProvinceKey);
        writer.MaybeText(PeriodKey);
        writer.MaybeInt(FirstMonth);
        writer.MaybeInt(Months);
        writer.MaybeText(Date);
        writer.Text(Names.Name);
        writer.MaybeText(Names.Place);
        writer.MaybeText(Names.Province);
        writer.MaybeInt(Names.Year);
        writer.MaybeText(Names.Period);
    });

    /// <summary>The report <see cref="Pack"/> wrote, stored under <paramref name="id"/>.</summary>
    public static SeriesReport Unpack(long id, ReadOnlySpan<byte> packed, SharedTexts texts)
    {
        var reader = new PackedReader(packed, texts);
        return new SeriesReport(id, reader.MaybeText(), reader.MaybeText(), reader.MaybeText(), reader.MaybeInt(), reader.MaybeInt(), reader.MaybeText(),
            new ReportNames(reader.Text(), reader.MaybeText(), reader.MaybeText(), reader.MaybeInt(), reader.MaybeText()));
    }
}
