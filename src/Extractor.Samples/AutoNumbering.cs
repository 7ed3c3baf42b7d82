using DocumentFormat.OpenXml;
using Extractor.Layout;
using Extractor.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>Where an automatically numbered paragraph gets its label: list instance and level.</summary>
/// <param name="NumId">The w:num instance.</param>
/// <param name="Level">0 for Roman labels ("I."), 1 for Arabic ones ("1.").</param>
internal sealed record NumberedLabel(int NumId, int Level);

/// <summary>
/// Turns typed Roman and Arabic labels into Word list numbering that renders the same label:
/// one abstract list (level 0 upper Roman "%1.", level 1 decimal "%2."), and a new list instance
/// whose start override gives the typed value wherever plain counting would not (a new part,
/// a number the writer skipped). Each instance overrides both levels' start, so no instance
/// shares counters with another, whatever a reader assumes about instances of one abstract list.
/// </summary>
internal sealed class AutoNumbering
{
    private const int AbstractNumId = 1;
    private const string IndentTwips = "567";

    private readonly List<(int Level0Start, int Level1Start)> _instances = [];
    private int? _level0;
    private int? _level1;

    public bool IsEmpty => _instances.Count == 0;

    /// <summary>Whether a label of this kind can be drawn by the list.</summary>
    public static bool Supports(SectionLabel label) => label.Kind is LabelKind.Roman or LabelKind.Arabic;

    /// <summary>The label Word draws for <paramref name="value"/> at <paramref name="level"/>: "IV." or "4.".</summary>
    public static string Render(int level, int value) =>
        level == 0 ? Roman.Format(value) + "." : value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";

    /// <summary>Numbering seen so far does not continue into what follows (a new part starts).</summary>
    public void Break()
    {
        _level0 = null;
        _level1 = null;
    }

    /// <summary>Numbers the paragraph labelled <paramref name="label"/>, continuing the current instance when counting allows.</summary>
    public NumberedLabel Number(SectionLabel label)
    {
        var (level, value) = label.Kind switch
        {
            LabelKind.Roman => (0, Roman.Parse(label.Text)),
            LabelKind.Arabic => (1, int.Parse(label.Text, System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"label \"{label.Text}\" cannot be drawn by the list", nameof(label)),
        };

        if (Render(level, value) != label.Text + ".")
        {
            throw new ArgumentException($"label \"{label.Text}.\" would render as \"{Render(level, value)}\"", nameof(label));
        }

        bool continues;
        if (level == 0)
        {
            continues = _level0 == value - 1;
            if (!continues)
            {
                _instances.Add((value, 1));
            }

            _level0 = value;
            _level1 = null;
        }
        else
        {
            // A level-0 paragraph restarts level 1, so "1." directly under it continues the instance.
            continues = _level1 is { } previous ? previous == value - 1 : _level0 is not null && value == 1;
            if (!continues)
            {
                // Level 0 is not drawn by this instance before its next Roman label, which opens yet another one.
                _instances.Add((1, value));
                _level0 = null;
            }

            _level1 = value;
        }

        return new NumberedLabel(_instances.Count, level);
    }

    public W.Numbering ToNumbering()
    {
        var numbering = new W.Numbering(
            new W.AbstractNum(
                new W.MultiLevelType { Val = W.MultiLevelValues.Multilevel },
                Level(0, W.NumberFormatValues.UpperRoman, "%1."),
                Level(1, W.NumberFormatValues.Decimal, "%2."))
            { AbstractNumberId = AbstractNumId });

        for (var i = 0; i < _instances.Count; i++)
        {
            var (level0Start, level1Start) = _instances[i];
            numbering.Append(new W.NumberingInstance(
                new W.AbstractNumId { Val = AbstractNumId },
                StartOverride(0, level0Start),
                StartOverride(1, level1Start))
            { NumberID = i + 1 });
        }

        return numbering;
    }

    private static W.Level Level(int level, W.NumberFormatValues format, string text) =>
        new(
            new W.StartNumberingValue { Val = 1 },
            new W.NumberingFormat { Val = format },
            new W.LevelSuffix { Val = W.LevelSuffixValues.Space },
            new W.LevelText { Val = text },
            new W.LevelJustification { Val = W.LevelJustificationValues.Left },
            // Same first-line indent as a typed heading, so both kinds look alike on the page.
            new W.PreviousParagraphProperties(new W.Indentation { Left = "0", FirstLine = IndentTwips }))
        { LevelIndex = level };

    private static W.LevelOverride StartOverride(int level, int start) =>
        new(new W.StartOverrideNumberingValue { Val = start }) { LevelIndex = level };
}

/// <summary>Roman numerals as section labels use them (I to XXXIX is plenty for report parts).</summary>
internal static class Roman
{
    private static readonly (int Value, string Digits)[] Table =
        [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 39);
        var digits = new System.Text.StringBuilder();
        foreach (var (v, d) in Table)
        {
            for (; value >= v; value -= v)
            {
                digits.Append(d);
            }
        }

        return digits.ToString();
    }

    public static int Parse(string digits)
    {
        var value = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var current = Digit(digits[i]);
            value += i + 1 < digits.Length && current < Digit(digits[i + 1]) ? -current : current;
        }

        return value;
    }

    private static int Digit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => throw new FormatException($"'{c}' is not a Roman digit"),
    };
}
