namespace Extractor.Extraction.Quantities;

/// <summary>What a unit measures.</summary>
internal enum Dimension
{
    Area,
    Mass,
    Money,
    Price,
    Count,
    Length,
    Volume,
    Energy,
    Yield,
    Percent,
}

/// <summary>
/// A unit as written and how to state its values canonically: <see cref="Canonical"/> and the
/// factor that takes a value there ("tỷ đồng" -> "triệu đồng" x1000).
/// </summary>
internal sealed record UnitEntry(string Written, string Canonical, Dimension Dimension, decimal Factor);

/// <summary>
/// The units reports use. Values are converted only to the design card's canonical units
/// (ha, tấn, triệu đồng) and only within the same dimension; every other unit is kept as
/// written, normalised (m² stays m², con stays con), because converting m² of a building plot
/// to ha or kg of rice aid to tấn would hide what the report says.
/// </summary>
internal static class UnitLexicon
{
    // Declared before the entries: static fields initialise in text order.
    private static readonly string[] CountNouns =
    [
        "con", "lượt người", "lượt khách", "lượt", "hộ nghèo", "hộ cận nghèo", "hộ", "người", "nhân khẩu", "khẩu",
        "cây", "HTX", "hợp tác xã", "doanh nghiệp", "hồ sơ", "đơn", "cuộc", "vụ việc", "vụ", "trường", "xã", "thôn", "bản",
        "tiêu chí", "trường hợp", "sản phẩm", "suất", "xuất quà", "tổ", "cơ sở", "dự án", "công trình", "nhà", "lớp", "học viên", "học sinh",
        "giáo viên", "đội", "vận động viên", "đồng chí", "điểm", "câu lạc bộ", "tập thể", "cá nhân", "phiên", "ca", "thửa",
        "giấy chứng nhận", "thẻ", "tin bài", "tin", "bài", "văn bản", "kế hoạch", "buổi", "lần", "ngày công", "công", "chiếc",
        "trạm", "nhóm", "đoàn", "thủ tục", "tài khoản", "đại biểu", "em", "trẻ", "hội viên", "đảng viên", "chi bộ", "mô hình",
        "chợ", "phòng", "trang", "tập", "bộ", "gói", "chương trình", "đối tượng", "tổ chức", "lao động", "liều", "mũi",
    ];

    private static readonly UnitEntry[] Entries = Build();

    /// <summary>Written forms, longest first, so "triệu đồng" wins over "triệu" and "lượt người" over "lượt".</summary>
    public static IReadOnlyList<UnitEntry> All { get; } = Entries.OrderByDescending(e => e.Written.Length).ToList();

    // Entries by their lower-case first character, longest first: a number is followed by few candidates.
    private static readonly Dictionary<char, UnitEntry[]> ByFirst = All
        .GroupBy(e => char.ToLowerInvariant(e.Written[0]))
        .ToDictionary(g => g.Key, g => g.ToArray());

    // Words that multiply the unit after them: "61,8 vạn tấn" is 618.000 tấn, "10.083 ngàn con" 10.083.000 con.
    private static readonly (string Word, decimal Factor)[] Multipliers =
        [("vạn", 10_000m), ("nghìn", 1_000m), ("ngàn", 1_000m), ("triệu", 1_000_000m), ("tỷ", 1_000_000_000m), ("tỉ", 1_000_000_000m)];

    /// <summary>
    /// The unit written at <paramref name="start"/> of <paramref name="text"/> (ends on a word boundary), or null;
    /// a multiplier word before a unit scales it ("vạn tấn", "triệu USD") unless the lexicon writes the pair itself ("triệu đồng").
    /// </summary>
    public static UnitEntry? Match(string text, int start)
    {
        var plain = Plain(text, start);
        var scaled = Scaled(text, start);
        return scaled is not null && (plain is null || scaled.Written.Length > plain.Written.Length) ? scaled : plain;
    }

    private static UnitEntry? Plain(string text, int start)
    {
        if (start >= text.Length || !ByFirst.TryGetValue(char.ToLowerInvariant(text[start]), out var candidates))
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            var end = start + entry.Written.Length;
            if (end <= text.Length
                && string.Compare(text, start, entry.Written, 0, entry.Written.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetter(entry.Written[^1]) || !char.IsLetterOrDigit(text[end])))
            {
                return PriceAt(text, end, entry) ?? entry;
            }
        }

        return null;
    }

    /// <summary>A multiplier word, spaces, then a unit the lexicon knows (not a percentage or a price): the unit scaled.</summary>
    private static UnitEntry? Scaled(string text, int start)
    {
        foreach (var (word, factor) in Multipliers)
        {
            var end = start + word.Length;
            if (end >= text.Length || text[end] != ' ' || string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var at = end;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            var unit = Plain(text, at);
            // Dividing by 1.000...0 drops the trailing zeros a product of factors carries ("nghìn kg": 1.000 -> 1).
            return unit is null || unit.Dimension is Dimension.Percent or Dimension.Price ? null
                : new UnitEntry(text[start..(at + unit.Written.Length)], unit.Canonical, unit.Dimension, factor * unit.Factor / 1.0000000000000000000000000000m);
        }

        return null;
    }

    /// <summary>"đồng/kg", "nghìn đồng/bình": money per item is a price, kept as written.</summary>
    private static UnitEntry? PriceAt(string text, int end, UnitEntry money)
    {
        if (money.Dimension != Dimension.Money || end >= text.Length - 1 || text[end] != '/')
        {
            return null;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == end + 1)
        {
            return null;
        }

        var written = text[(end - money.Written.Length)..wordEnd];
        return new UnitEntry(written, written.ToLowerInvariant(), Dimension.Price, 1);
    }

    private static UnitEntry[] Build()
    {
        var entries = new List<UnitEntry>();
        void Add(Dimension dimension, string canonical, decimal factor, params string[] written) =>
            entries.AddRange(written.Select(w => new UnitEntry(w, canonical, dimension, factor)));

        Add(Dimension.Area, "ha", 1, "ha", "héc-ta", "hecta", "héc ta");
        Add(Dimension.Area, "m²", 1, "m²", "m2");
        Add(Dimension.Area, "km²", 1, "km²", "km2");
        Add(Dimension.Area, "sào", 1, "sào");

        Add(Dimension.Mass, "tấn", 1, "tấn");
        Add(Dimension.Mass, "tấn", 0.1m, "tạ");
        Add(Dimension.Mass, "tấn", 0.01m, "yến");
        Add(Dimension.Mass, "tấn", 0.001m, "kg");

        Add(Dimension.Money, "triệu đồng", 0.000001m, "đồng", "đ", "vnđ", "vnd");
        Add(Dimension.Money, "triệu đồng", 0.001m, "nghìn đồng", "ngàn đồng");
        Add(Dimension.Money, "triệu đồng", 1, "triệu đồng", "trđ", "tr.đ", "tr đồng", "triệu");
        Add(Dimension.Money, "triệu đồng", 1000, "tỷ đồng", "tỉ đồng", "tỷ", "tỉ");
        // Other currencies are units of their own, never converted to triệu đồng: the rate is not in the report.
        Add(Dimension.Money, "USD", 1, "USD", "đô la Mỹ", "đô-la Mỹ", "đô la", "đô-la");
        Add(Dimension.Money, "EUR", 1, "EUR", "euro");

        Add(Dimension.Yield, "tạ/ha", 1, "tạ/ha");
        Add(Dimension.Yield, "tấn/ha", 1, "tấn/ha");

        Add(Dimension.Length, "km", 1, "km");
        Add(Dimension.Length, "m", 1, "m", "mét");
        Add(Dimension.Length, "cm", 1, "cm");
        Add(Dimension.Volume, "m³", 1, "m³", "m3", "khối");
        Add(Dimension.Volume, "lít", 1, "lít");
        Add(Dimension.Energy, "kWh", 1, "kWh", "kwh");
        Add(Dimension.Energy, "MW", 1, "MW");

        Add(Dimension.Percent, "%", 1, "%");

        // Counts: the noun that counts is the unit, normalised to lower case ("HTX" keeps its case).
        foreach (var noun in CountNouns)
        {
            Add(Dimension.Count, noun, 1, noun);
        }

        return [.. entries];
    }
}
