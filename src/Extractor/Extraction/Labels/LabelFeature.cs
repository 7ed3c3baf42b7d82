namespace Extractor.Extraction.Labels;

/// <summary>
/// One thing the label model weighs about a word as the label's start or end: named by the decision (S start, E end),
/// the side of the number (b before, a after) and what is looked at, with its value ("Sb.w", "diện", "": the label
/// starts on "diện" before the number).
/// </summary>
internal readonly record struct LabelFeature(string Name, string A, string B)
{
    // What is looked at: the word, its neighbours (alone and as pairs with it), the punctuation against it, its distance
    // from the number in words, a capital, a digit, the quantity's kind of unit, and where the rules' label runs.
    private static readonly string[] Looks = ["bias", "w", "prev", "next", "prev_w", "w_next", "before", "after", "dist", "cap", "digit", "dim", "rule", "from_rule"];

    // What is looked at in a run as a whole (L): how many words it holds, how many commas stand inside it.
    private static readonly string[] RunLooks = ["len", "commas"];

    /// <summary>
    /// Every name a feature may have, by its number in <see cref="Emit"/>: [decision, side, look], then those of a run
    /// as a whole in <see cref="EmitRun"/>: [side, look].
    /// </summary>
    public static readonly IReadOnlyList<string> Names = [..
        from decision in new[] { "S", "E" }
        from side in new[] { "b", "a" }
        from look in Looks
        select $"{decision}{side}.{look}",
        .. from side in new[] { "b", "a" }
        from look in RunLooks
        select $"L{side}.{look}"];

    /// <summary>Every value of a feature that is not a word: punctuation marks, distances, offsets, kinds of unit.</summary>
    public static readonly IReadOnlyList<string> Constants = [
        "", "^", "#", "$", ",", ":", ";", "(", "-", "?", "0", "1", "2", "3", "4", "5-6", "7-9", "10+", "-3", "-2", "-1",
        "none", .. Enum.GetNames<Quantities.Dimension>()];

    private static readonly int[] Distances = [.. new[] { "0", "1", "2", "3", "4", "5-6", "5-6", "7-9", "7-9", "7-9" }.Select(Constant)];
    private static readonly int[] Offsets = [.. new[] { "-3", "-2", "-1", "0", "1", "2", "3" }.Select(Constant)];
    private static readonly int[] Dimensions = [.. Enum.GetNames<Quantities.Dimension>().Select(Constant)];
    /// <summary>The value of a feature that looks at one thing only, as its second value.</summary>
    public static readonly int NoValue = Constant("");

    private static readonly int SideStart = Constant("^"), NumberNext = Constant("#"), SideEnd = Constant("$");
    private static readonly int Far = Constant("10+"), NoDimension = Constant("none");
    private static readonly int Comma = Constant(","), Colon = Constant(":"), Semicolon = Constant(";"), Paren = Constant("("), Dash = Constant("-"), Other = Constant("?");

    public override string ToString() => $"{Name}\t{A}\t{B}";

    /// <summary>The features of word <paramref name="i"/> as the label's start (else its end), as strings: what training and the model file name.</summary>
    public static List<LabelFeature> Of(LabelWords words, int i, bool start)
    {
        var named = new Named(words, []);
        Emit(words, i, start, ref named);
        return named.Features;
    }

    /// <summary>
    /// The features of word <paramref name="i"/> as the label's start (else its end), each given to the sink as the
    /// number of its name and its two values: a word's index among the words (0 and up), else a constant's, negated less one.
    /// </summary>
    public static void Emit<TSink>(LabelWords words, int i, bool start, ref TSink sink)
        where TSink : struct, ILabelFeatureSink
    {
        var list = words.Words;
        var word = list[i];
        var beforeNumber = i < words.Number;
        var (first, last) = beforeNumber ? (0, words.Number - 1) : (words.Number, list.Count - 1);
        var prev = i > first ? i - 1 : SideStart;
        var next = i < last ? i + 1 : beforeNumber ? NumberNext : SideEnd;
        var distance = beforeNumber ? words.Number - i - (start ? 0 : 1) : i - words.Number;
        var name = ((start ? 0 : 1) * 2 + (beforeNumber ? 0 : 1)) * Looks.Length;

        sink.Add(name, NoValue, NoValue);
        sink.Add(name + 1, i, NoValue);
        sink.Add(name + 2, prev, NoValue);
        sink.Add(name + 3, next, NoValue);
        sink.Add(name + 4, prev, i);
        sink.Add(name + 5, i, next);
        sink.Add(name + 6, Mark(word.Before), NoValue);
        sink.Add(name + 7, Mark(word.After), NoValue);
        sink.Add(name + 8, distance < Distances.Length ? Distances[distance] : Far, NoValue);
        if (word.Capital)
        {
            sink.Add(name + 9, NoValue, NoValue);
        }

        if (word.Digit)
        {
            sink.Add(name + 10, NoValue, NoValue);
        }

        sink.Add(name + 11, words.Dimension is { } dimension ? Dimensions[(int)dimension] : NoDimension, NoValue);
        if (words.Rules is var (ruleStart, ruleEnd))
        {
            var offset = i - (start ? ruleStart : ruleEnd - 1);
            if (offset == 0)
            {
                sink.Add(name + 12, NoValue, NoValue);
            }
            else if (Math.Abs(offset) <= 3)
            {
                sink.Add(name + 13, Offsets[offset + 3], NoValue);
            }
        }
    }

    /// <summary>The longest run length with a value of its own: every longer run looks alike (<see cref="Far"/>).</summary>
    public static int LongestDistinctRun => Distances.Length;

    /// <summary>The most commas inside a run told apart: a run with more looks like one with this many.</summary>
    public const int MostCommas = 3;

    /// <summary>The features of a run of words as a whole, on its side of the number, given to the sink as <see cref="Emit"/> gives them.</summary>
    public static void EmitRun<TSink>(bool beforeNumber, int length, int commas, ref TSink sink)
        where TSink : struct, ILabelFeatureSink
    {
        var name = (2 * 2 * Looks.Length) + ((beforeNumber ? 0 : 1) * RunLooks.Length);
        sink.Add(name, length < Distances.Length ? Distances[length] : Far, NoValue);
        sink.Add(name + 1, Offsets[Math.Min(commas, MostCommas) + 3], NoValue);
    }

    /// <summary>The features of the run of words [start, last] as a whole, as strings.</summary>
    public static List<LabelFeature> OfRun(LabelWords words, int start, int last)
    {
        var named = new Named(words, []);
        EmitRun(start < words.Number, last - start + 1, Enumerable.Range(start, last - start).Count(i => words.Words[i].After == ','), ref named);
        return named.Features;
    }

    /// <summary>A value as <see cref="Emit"/> gives it: the folded word at that index, else the constant.</summary>
    public static string Value(LabelWords words, int value) => value >= 0 ? words.Words[value].Folded : Constants[-value - 1];

    private static int Constant(string value)
    {
        for (var c = 0; c < Constants.Count; c++)
        {
            if (Constants[c] == value)
            {
                return -c - 1;
            }
        }

        throw new ArgumentException($"not a label feature constant: '{value}'", nameof(value));
    }

    private static int Mark(char c) => c switch
    {
        ' ' => NoValue,
        '^' => SideStart,
        ',' => Comma,
        ':' => Colon,
        ';' => Semicolon,
        '(' => Paren,
        '-' or '–' or '—' => Dash,
        _ => Other,
    };

    /// <summary>Collects the features as strings.</summary>
    private readonly struct Named(LabelWords words, List<LabelFeature> features) : ILabelFeatureSink
    {
        public List<LabelFeature> Features => features;

        public void Add(int name, int a, int b) => features.Add(new LabelFeature(Names[name], Value(words, a), Value(words, b)));
    }
}

/// <summary>Takes the features <see cref="LabelFeature.Emit"/> gives: the number of its name and its two values.</summary>
internal interface ILabelFeatureSink
{
    void Add(int name, int a, int b);
}
