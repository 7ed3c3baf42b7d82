using System.Text.RegularExpressions;
using Extractor.Extraction.Labels;
using Extractor.Extraction.Quantities;
using Extractor.Records;

namespace Extractor.Extraction;

/// <summary>
/// Reads the quantities a passage states: each number with its unit becomes a stated
/// quantity; a percentage of plan or of the same period qualifies the quantity before it in
/// its clause, or stands alone as "% KH" / "% CK"; a rate stands alone as "%"; a number
/// without a unit counts only when a percentage of plan qualifies it and the passage names
/// a money unit before it.
/// </summary>
internal static partial class PassageReader
{
    /// <param name="labels">The model that chooses each label among the words around its quantity; null: the library's (<see cref="LabelModel.Embedded"/>).</param>
    public static List<StatedQuantity> Read(string text, LabelModel? labels = null)
    {
        labels ??= LabelModel.Embedded;
        ClauseMap? clauses = null;
        var stated = new List<StatedQuantity>();
        QuantityMention? previous = null;
        foreach (var mention in QuantityScanner.Scan(text))
        {
            // Most paragraphs state no number: their clauses are not mapped.
            var map = clauses ??= new ClauseMap(text);
            if (mention.Kind == MentionKind.Percent)
            {
                ReadPercent(text, map, mention, stated, previous, labels);
            }
            else if (mention.Unit?.Dimension != Dimension.Percent && !QualifiesAsChange(text, map, mention, stated))
            {
                var quantity = PricePerItem(text, map, mention) ?? new StatedQuantity(mention, mention.Unit?.Canonical ?? "", mention.CanonicalValue);
                Describe(text, map, quantity, previous, stated, labels);
                if (mention.Kind == MentionKind.Ratio && mention.CanonicalSecond is { } plan)
                {
                    quantity.PlanValue = plan;
                }

                if (!quantity.Bare && ChangeSign(text, mention) is var sign && sign != 0 && Compared(text, mention.End))
                {
                    // "Giảm 3 tiêu chí so với năm 2022": a change with no quantity of its unit before it is a record of its own.
                    quantity.Value *= sign;
                    quantity.Change = quantity.Value;
                    quantity.IsChange = true;
                    quantity.Label = IndicatorLabel.WithoutDirection(quantity.Label);
                }

                stated.Add(quantity);
            }

            previous = mention;
        }

        stated.RemoveAll(q => q.Bare);
        return stated;
    }

    private static void ReadPercent(string text, ClauseMap map, QuantityMention percent, List<StatedQuantity> stated, QuantityMention? previous, LabelModel? labels)
    {
        var (kind, value, overPlan) = PercentMeaning.Read(text, percent);
        var owner = stated.LastOrDefault(q => q.Mention.Kind != MentionKind.Percent
            && (map.SameScope(q.Mention.Start, percent.Start) || (kind == PercentKind.Change && map.Encloses(q.Mention.Start, percent.Start))));
        if (owner is { Bare: true } && kind is PercentKind.Plan or PercentKind.SamePeriod && !Adopt(owner, stated))
        {
            // "Đập dâng sửa chữa 16 cái đạt 146%KH": the percentage belongs to a count whose unit we do not know.
            return;
        }

        var level = kind == PercentKind.Plan ? BudgetLevel.After(text, percent.End) : null;
        switch (kind)
        {
            case PercentKind.Plan when owner is { PlanPercent: null }:
                owner.PlanPercent = value;
                owner.PlanLevel ??= level;
                CheckRatio(owner, percent);
                return;
            case PercentKind.SamePeriod when owner is { SamePeriodPercent: null }:
                owner.SamePeriodPercent = value;
                return;
            case PercentKind.Change when overPlan:
                // "23.471 tấn, vượt 13% kế hoạch" is 113% of the plan; with no quantity before it, a goal (no record).
                if (owner is { PlanPercent: null, Bare: false })
                {
                    owner.PlanPercent = 100 + value;
                    owner.PlanLevel ??= BudgetLevel.After(text, percent.End);
                }

                return;
            case PercentKind.Change when owner is { ChangePercent: null, Bare: false, IsChange: false }:
                owner.ChangePercent = value;
                return;
            case PercentKind.Change when owner is not null || !Compared(text, percent.End):
                // "vượt 10% dự toán", "tăng 10% trở lên so với dự toán": a surplus or a goal, not a change against a period.
                return;
        }

        var unit = kind switch { PercentKind.Plan => "% KH", PercentKind.SamePeriod => "% CK", _ => "%" };
        var alone = new StatedQuantity(percent, unit, value) { PlanLevel = level };
        Describe(text, map, alone, previous, stated, labels);
        if (kind == PercentKind.Change)
        {
            // "Giá trị sản xuất tăng 7,53% so với cùng kỳ": the change is what the sentence states.
            alone.ChangePercent = value;
            alone.IsChange = true;
            alone.Label = IndicatorLabel.WithoutDirection(alone.Label);
        }

        if (owner is not null && kind is PercentKind.Plan or PercentKind.SamePeriod)
        {
            // "đạt 76% dự toán Tỉnh giao, đạt 69% dự toán Huyện": a second percentage of the same indicator.
            (alone.Label, alone.LeadIn) = (owner.Label, owner.LeadIn);
        }

        stated.Add(alone);
    }

    /// <summary>
    /// "Tổng đàn trâu 5.120 con, giảm 629 con", "08 vụ (tăng 02 vụ so với CK)", "3.672 ha (+103 ha, tăng 2,9%)": a change
    /// after a quantity of its unit, in its clause or in a parenthesis after it, qualifies that quantity when it is the
    /// last one there, or the only one of its unit ("78 vụ, làm chết 71 người, ..., so với cùng kỳ giảm 9 vụ"; of "02 người
    /// chết, 12 người bị thương" a change in người names neither); a change in points qualifies a share ("chiếm 26,38%,
    /// giảm 0,99 điểm phần trăm").
    /// </summary>
    private static bool QualifiesAsChange(string text, ClauseMap map, QuantityMention mention, List<StatedQuantity> stated)
    {
        if (mention.Unit is null || ChangeSign(text, mention) is not (var sign and not 0))
        {
            return false;
        }

        var points = mention.Unit.Canonical == "điểm";
        var unit = points ? "%" : mention.Unit.Canonical;
        var inScope = stated.Where(q => (points || q.Mention.Kind != MentionKind.Percent)
            && (map.SameScope(q.Mention.Start, mention.Start) || map.Encloses(q.Mention.Start, mention.Start))).ToList();
        var owner = inScope.LastOrDefault() is { } last && last.Unit == unit ? last : inScope.Where(q => q.Unit == unit).ToList() is [var only] ? only : null;
        if (owner is not { Bare: false, IsChange: false, Change: null })
        {
            return false;
        }

        owner.Change = sign * mention.CanonicalValue;
        return true;
    }

    /// <summary>+1 after "tăng" or a "+" against the number, -1 after "giảm" ("giảm 629 ha", "tăng thêm 1.960 ha", "+103 ha"), else 0.</summary>
    private static int ChangeSign(string text, QuantityMention mention)
    {
        var m = ChangeBefore().Match(text[Math.Max(0, mention.Start - 30)..mention.Start]);
        return !m.Success ? 0 : m.Groups["dir"].Value is ['t' or 'T' or '+', ..] ? 1 : -1;
    }

    /// <summary>Whether the words after a change compare it with an earlier period: "so với cùng kỳ", "so CK", "so với năm 2022".</summary>
    private static bool Compared(string text, int end) => ComparedWithPeriod().IsMatch(text[end..Math.Min(text.Length, end + 80)]);

    /// <summary>
    /// A bare number qualified by a percentage takes the unit of the money amount stated just
    /// before it ("... 258.004 triệu đồng. ... giải ngân được 70.821 đạt 27,4% KH").
    /// </summary>
    private static bool Adopt(StatedQuantity owner, List<StatedQuantity> stated)
    {
        var before = stated.LastOrDefault(q => !q.Bare && q.Mention.Start < owner.Mention.Start && q.Mention.Unit is not null);
        if (before?.Mention.Unit is not { Dimension: Dimension.Money } unit)
        {
            return false;
        }

        owner.Unit = unit.Canonical;
        owner.Value = owner.Mention.Value * unit.Factor;
        owner.Bare = false;
        owner.Doubts.Add($"unit {unit.Canonical} inferred from the passage");
        return true;
    }

    /// <summary>"mỗi suất quà trị giá 600.000 đồng": money per item is a price, stated in the unit as written per item.</summary>
    private static StatedQuantity? PricePerItem(string text, ClauseMap map, QuantityMention mention)
    {
        if (mention.Unit?.Dimension != Dimension.Money)
        {
            return null;
        }

        var each = Each().Match(text[map.ClauseStart(mention.Start)..mention.Start]);
        if (!each.Success)
        {
            return null;
        }

        var written = mention.Unit.Written.ToLowerInvariant() is "đ" or "vnđ" or "vnd" ? "đồng" : mention.Unit.Written.ToLowerInvariant();
        return new StatedQuantity(mention, $"{written}/{each.Groups["item"].Value.ToLowerInvariant()}", mention.Value) { Priced = each.Groups["thing"].Value };
    }

    private static void CheckRatio(StatedQuantity quantity, QuantityMention percent)
    {
        if (quantity.Mention.Kind == MentionKind.Ratio && quantity.Mention.Second is { } plan
            && !PercentMeaning.Agrees(quantity.Mention.Value, plan, percent))
        {
            var computed = plan == 0 ? 0 : quantity.Mention.Value / plan * 100;
            quantity.Doubts.Add($"{quantity.Mention.Raw} is {PercentMeaning.Format(computed)}%, not the {percent.Raw} written");
        }
    }

    private static void Describe(string text, ClauseMap map, StatedQuantity quantity, QuantityMention? previous, List<StatedQuantity> stated, LabelModel? labels)
    {
        var mention = quantity.Mention;
        var from = Math.Max(map.ClauseStart(mention.Start), map.Group(mention.Start) + 1);
        if (previous is not null && map.SameScope(previous.Start, mention.Start))
        {
            from = Math.Max(from, previous.End);
        }

        var sentence = map.SentenceStart(mention.Start);
        (quantity.Label, quantity.LeadIn) = quantity.Priced.Length > 0 ? (quantity.Priced, "") : IndicatorLabel.Read(text, from, mention, sentence);
        var earlier = stated.LastOrDefault(q => !q.Bare && q.Priced.Length == 0 && map.SentenceStart(q.Mention.Start) == sentence);
        // The earlier quantity's subject as the rules read it: what the model weighs stays the rules' alone, and their
        // label keeps a count's unit the learned one leaves out ("Tổng số suất", not "Tổng số").
        var subject = earlier?.LabelWords?.RulesLabel ?? earlier?.Label;
        if (subject is not null && quantity.Priced.Length == 0)
        {
            quantity.Label = IndicatorLabel.Complete(quantity.Label, subject);
        }

        if (!quantity.Label.Any(char.IsLetter))
        {
            quantity.Label = IndicatorLabel.After(text, mention);
        }

        // A price names its thing; a share of plan or of last year standing alone takes its label from what it compares.
        if (quantity.Priced.Length == 0 && quantity.Unit is not ("% KH" or "% CK"))
        {
            // The rules' label is what the model weighs with the words around the quantity; the model's choice stands,
            // completed as the rules complete theirs ("sản lượng" after "diện tích cây lúa xuân 108,94ha": of that rice).
            quantity.LabelWords = LabelWords.Around(text, from, mention, quantity.Label);
            if (labels?.Label(quantity.LabelWords) is { Length: > 0 } learned)
            {
                // "Vụ đông xuân: Cây lúa 1.448,29 ha": a heading the learned label leaves out is its lead-in.
                var heading = IndicatorLabel.Heading(quantity.Label);
                quantity.LeadIn = quantity.LeadIn.Length == 0 && heading.Length > 0 && !learned.Contains(heading, StringComparison.Ordinal) ? heading : quantity.LeadIn;
                quantity.Label = subject is null ? learned : IndicatorLabel.Complete(learned, subject, whole: true);
            }
        }

        quantity.Words = text[from..mention.Start];
        var clause = Aside().Replace(text[Math.Max(map.ClauseStart(mention.Start), map.Group(mention.Start) + 1)..mention.Start], " ");
        quantity.Kind = FigureKind.Read(clause, quantity.Words, mention.Unit?.Dimension == Dimension.Money, Estimate().IsMatch(text[sentence..mention.Start]));
        if (quantity.Kind == RecordKind.Plan)
        {
            quantity.PlanLevel ??= BudgetLevel.In(quantity.Words);
        }

        quantity.Cumulative = Cumulative().IsMatch(text[map.ClauseStart(mention.Start)..mention.Start]);
        quantity.Approximate = Approximate().IsMatch(text[from..mention.Start]);
        quantity.Evidence = ClauseText(text, map, mention.Start);
        if (mention.Doubt != NumberDoubt.None)
        {
            quantity.Doubts.Add(mention.Doubt switch
            {
                NumberDoubt.MalformedGrouping => $"malformed digit grouping in {mention.Raw}",
                NumberDoubt.AmbiguousSeparator => $"{mention.Raw}: the separator may be a decimal mark or a thousands separator",
                NumberDoubt.EnglishGrouping => $"{mention.Raw}: English-style digit grouping",
                _ => $"{mention.Raw}: {mention.Doubt}",
            });
        }
    }

    private static readonly char[] ClauseEdges = [' ', ';', '\n'];

    private static string ClauseText(string text, ClauseMap map, int position)
    {
        var start = map.ClauseStart(position);
        var end = position;
        while (end < text.Length && map.ClauseStart(end) == start)
        {
            end++;
        }

        return text[start..end].Trim(ClauseEdges);
    }

    [GeneratedRegex(@"\bmỗi\s+(?<thing>(?<item>\p{L}+)(?:\s+\p{L}+){0,3}?)\s+(?:trị giá|giá|là|được|hỗ trợ|mức)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Each();

    [GeneratedRegex(@"(?:\b(?<dir>tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s*|(?<dir>\+))$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();

    // "so với cùng kỳ", "so CK", "cùng kỳ", "so với năm 2022", "so với đầu năm", within the clause.
    [GeneratedRegex(@"^[^;()]{0,60}?\b(?:so\s+(?:với\s+)?(?:cùng\s+kỳ|CK|năm|kỳ|tháng|quý|đầu\s+năm|cuối\s+năm)|cùng\s+kỳ|CK)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWithPeriod();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\bước\b", RegexOptions.IgnoreCase)]
    private static partial Regex Estimate();

    [GeneratedRegex(@"\b(?:lũy kế|luỹ kế|cộng dồn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cumulative();

    [GeneratedRegex(@"\b(?:khoảng|trên|gần|hơn|xấp xỉ|chừng)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Approximate();
}
