using System.Text.RegularExpressions;
using Extractor.Extraction.Quantities;
using Extractor.Text;

namespace Extractor.Extraction;

/// <summary>
/// What a quantity measures, as written: the words before it in its clause, cut to the
/// noun phrase ("toàn huyện ước tính tổng diện tích gieo trồng vụ đông - xuân được" ->
/// "tổng diện tích gieo trồng vụ đông - xuân"), with the lead-in of an enumeration
/// ("Vụ đông xuân: Cây lúa 1.448,29 ha, ...; Cây ngô ..." -> "Vụ đông xuân: Cây lúa").
/// </summary>
internal static partial class IndicatorLabel
{
    private const int MaxLeadInWords = 12;

    // Units that only classify what the label names ("con" of animals, "cái", "chiếc" of things).
    private static readonly HashSet<string> Classifiers = ["con", "cái", "chiếc"];

    // What Clean trims off a label's ends, once and after the linking words at its start and at its end: arrays made once, not per call.
    private static readonly char[] LabelEdges = [' ', ',', ';', '-', '+', '*', '•', '=', '(', ')', '–'];
    private static readonly char[] LeadingEdges = [' ', ',', ':'];
    private static readonly char[] TrailingEdges = [' ', ',', ':', '-', '='];

    /// <summary>The label of a quantity whose describing words run from <paramref name="from"/> to the quantity.</summary>
    public static (string Label, string LeadIn) Read(string text, int from, QuantityMention quantity, int sentenceStart)
    {
        // Parentheses hold asides ("(năm 2022, 2023 chuyển sang năm 2024)"): drop them before cutting at commas.
        var segment = Parenthetical().Replace(text[from..quantity.Start], " ");
        var colon = segment.LastIndexOf(':');
        string label;
        if (colon >= 0)
        {
            // "Vốn tăng thu ...: kế hoạch 3.104 triệu đồng": a word or two after the colon only qualify the heading.
            var afterColon = Clean(segment[(colon + 1)..]);
            var heading = Clean(segment[..colon]);
            label = afterColon.Length == 0 ? heading
                : afterColon.Split(' ').Length <= 2 && heading.Length > 0 ? $"{heading}: {afterColon}"
                : afterColon;
        }
        else
        {
            label = Clean(LastPart(segment));
        }

        if (quantity.Unit?.Dimension == Dimension.Count)
        {
            label = Clean($"{label} {CountedThing(text, quantity)}");
        }

        var leadIn = LeadIn(text, sentenceStart, from, colon >= 0 && Clean(segment[(colon + 1)..]).Length == 0);
        return (label, leadIn);
    }

    /// <summary>
    /// A label that names only a measure takes its subject from the quantity before it in the
    /// sentence: "308.930 cây, tương đương 461,86 ha" is the same planting; "diện tích cây lúa
    /// xuân 108,94ha, sản lượng 523 tấn" is the output of the same rice.
    /// </summary>
    /// <param name="whole">Only a label that is a measure word and nothing else ("sản lượng") takes the subject; else also one
    /// opening with one ("sản lượng đạt").</param>
    public static string Complete(string label, string earlier, bool whole = false)
    {
        if (Equivalence().IsMatch(label))
        {
            return earlier;
        }

        var measure = MeasureOnly().Match(label);
        if (!measure.Success || (whole && measure.Length != label.Length))
        {
            return label;
        }

        var subject = MeasureOnly().Replace(earlier, "").Trim();
        return subject.Length == 0 ? label : $"{label} {subject}";
    }

    /// <summary>The heading a label was read under, where the rules wrote it into the label: "Vụ đông xuân" of "Vụ đông xuân: Cây lúa".</summary>
    public static string Heading(string label) => label.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? label[..colon] : "";

    /// <summary>A change's label without the word that says its direction: "Giảm tiêu chí" -> "tiêu chí" (the sign says it).</summary>
    public static string WithoutDirection(string label) => Clean(Direction().Replace(label, " ", 1));

    /// <summary>"Vụ đông xuân" before the first colon of the sentence, when it heads an enumeration.</summary>
    private static string LeadIn(string text, int sentenceStart, int from, bool labelIsTheLeadIn)
    {
        if (labelIsTheLeadIn)
        {
            return "";
        }

        var colon = text.IndexOf(':', sentenceStart);
        if (colon < 0 || colon >= from)
        {
            return "";
        }

        var leadIn = Clean(text[sentenceStart..colon]);
        return leadIn.Split(' ').Length <= MaxLeadInWords && !GenericLeadIn().IsMatch(leadIn) && !leadIn.Any(char.IsDigit) ? leadIn : "";
    }

    /// <summary>The comma-separated part nearest the quantity, widened when it is a lone word.</summary>
    private static string LastPart(string segment)
    {
        var parts = segment.Split(',');
        var last = parts[^1];
        return Clean(last).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 && parts.Length > 1
            ? parts[^2] + "," + last
            : last;
    }

    /// <summary>
    /// For counts, the thing counted follows the unit: "05 phiên chợ Khuyến nông" -> "phiên chợ Khuyến nông". A classifier
    /// alone ("Tổng đàn trâu có 7.675 con") names nothing the label does not: it is left out.
    /// </summary>
    private static string CountedThing(string text, QuantityMention quantity)
    {
        var tail = CountTail().Match(text, quantity.End);
        var thing = tail.Success ? tail.Value.Trim() : "";
        return thing.Length == 0 && Classifiers.Contains(quantity.Unit!.Written.ToLowerInvariant()) ? "" : $"{quantity.Unit!.Written} {thing}";
    }

    /// <summary>
    /// The label of a quantity that nothing before it names: the words right after it, to the next punctuation
    /// or linking word, at most six ("100% cơ sở khám bệnh thực hiện ...", "có 70/139 kiến nghị").
    /// </summary>
    public static string After(string text, QuantityMention quantity)
    {
        var tail = CountTail().Match(text, quantity.End);
        return Clean(tail.Success && tail.Value.Any(char.IsLetter) ? tail.Value : FewWords().Match(text, quantity.End).Value);
    }

    /// <summary>A label without asides, the punctuation at its ends, or the linking words that open or close it ("đã", "trong đó", "có").</summary>
    public static string Clean(string text)
    {
        var s = Parenthetical().Replace(text, " ");
        s = SingleSpacedText.Of(s).Trim(LabelEdges);
        string previous;
        do
        {
            previous = s;
            s = LeadingWords().Replace(s, "").Trim(LeadingEdges);
            s = WithoutTrailingWords(s).Trim(TrailingEdges);
        }
        while (s != previous);

        return s;
    }

    /// <summary>
    /// <paramref name="label"/> without the linking word at its end (<see cref="TrailingWords"/>). The pattern ends at the
    /// text's end and its longest phrase has <see cref="TrailingPhraseWords"/> words, so a match starts no earlier than
    /// the space before that many last words. Tried from there it finds the same leftmost match (its look-behinds still
    /// read the text before); tried from every character, it was most of the cost of cleaning a label.
    /// </summary>
    private static string WithoutTrailingWords(string label)
    {
        var start = label.Length;
        for (var words = 0; words < TrailingPhraseWords && start > 0; words++)
        {
            while (start > 0 && char.IsWhiteSpace(label[start - 1]))
            {
                start--;
            }

            while (start > 0 && !char.IsWhiteSpace(label[start - 1]))
            {
                start--;
            }
        }

        while (start > 0 && char.IsWhiteSpace(label[start - 1]))
        {
            start--;
        }

        return TrailingWords().Match(label, start) is { Success: true } m ? label.Remove(m.Index, m.Length) : label;
    }

    [GeneratedRegex(@"\b(?:tăng thêm|tăng|giảm)\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Direction();

    [GeneratedRegex(@"^(?:tương đương|tương ứng|bằng|trong đó)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Equivalence();

    [GeneratedRegex(@"^(?:tổng\s+)?(?:diện tích|sản lượng|năng suất|giá trị|số tiền|kinh phí|số lượng)(?:\s+(?:thực hiện|thu hoạch|ước))?$|^(?:tổng\s+)?(?:diện tích|sản lượng|năng suất|giá trị|số tiền|kinh phí|số lượng|số)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureOnly();

    [GeneratedRegex(@"\([^()]*\)?")]
    private static partial Regex Parenthetical();

    /// <summary>The most words a phrase of <see cref="TrailingWords"/> has ("giải quyết được").</summary>
    private const int TrailingPhraseWords = 3;

    // Function words that stand between the noun phrase and the number; not the ends of "cấp trên" (the level above) and
    // "mặt bằng" (site), which name things.
    [GeneratedRegex(@"\s*\b(?:được|đạt|là|có|khoảng|(?<!\bcấp\s+)trên|dưới|gần|hơn|xấp xỉ|ước tính|ước đạt|ước|với|cho|đến nay|hiện nay|đến|lên|(?<!\bmặt\s+)bằng|thực hiện|hiện|nay|đã|gồm|tới|từ|thu được|giải quyết được)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWords();

    [GeneratedRegex(@"^(?:và|với|trong đó|trong|cụ thể|gồm|bao gồm|còn|đã|toàn huyện|toàn xã|ước tính|ước đạt|ước|kết quả|tính đến|đến nay|hiện nay|lũy kế|luỹ kế|cộng dồn|có)\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"^(?:trong đó|cụ thể|gồm|bao gồm|kết quả|ngoài ra)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericLeadIn();

    [GeneratedRegex(@"\G\s*(?:\p{L}+\s*){1,6}")]
    private static partial Regex FewWords();

    [GeneratedRegex(@"\G[^\d,;.:()]{0,60}?(?=[,;.:()]|\s(?:đạt|bằng|so|với|tăng|giảm|trong|và|cho|tại|của|được)\b|$)")]
    private static partial Regex CountTail();
}
