using System.Globalization;

namespace Extractor.Extraction.Labels;

/// <summary>
/// Where a quantity's label starts and where it ends among the words around it (<see cref="LabelWords"/>): every run
/// of them a label may be (one side of the number, not across a colon or semicolon) scores its start word's features
/// (the word, its neighbours, the punctuation against it, how far it stands from the number, whether the rules' label
/// starts there), its end word's, and its own (its length, the commas inside it); the label is the run that scores
/// best. Trained as a softmax over the runs on the label spans of the annotated corpus (<see cref="LabelModelTrainer"/>);
/// stored as models/label-model.tsv, embedded in the library: the head lines, then one weight per line named by its
/// feature.
/// </summary>
internal sealed class LabelModel
{
    private const string ResourceName = "label-model.tsv";
    // Runs as long as this or longer, or with as many commas or more, have the same weights (LabelFeature.EmitRun).
    private static readonly int LongRun = LabelFeature.LongestDistinctRun;
    private const int MostCommas = LabelFeature.MostCommas;
    private static readonly Lazy<LabelModel?> EmbeddedModel = new(() => TrainedModelHead.ReadEmbedded(ResourceName, Read));

    // The weights by number: every value a weight names (word or constant) numbered once, so that scoring a word hashes
    // its folded text once, not once per feature.
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly WeightTable _weights;
    private readonly int[] _constants;

    // The weights of the features whose first value is a constant and whose second is none (a word's punctuation, its
    // distance, the unit's kind...), by name and constant, NaN where none: most of a word's features, read from an array.
    private readonly double[] _byConstant;
    private readonly int _examples;

    // The weights of a run as a whole by side, length (to LongRun) and commas inside (to MostCommas).
    private readonly double[] _runs;

    public LabelModel(IReadOnlyDictionary<LabelFeature, double> weights, string trainingHash, int examples)
    {
        Weights = weights;
        TrainingHash = trainingHash;
        _examples = examples;
        var names = LabelFeature.Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        _weights = new WeightTable(weights.Select(w => (Key(names[w.Key.Name], Number(w.Key.A), Number(w.Key.B)), w.Value)).ToList());

        _constants = [.. LabelFeature.Constants.Select(c => _values.GetValueOrDefault(c, -1))];
        _byConstant = new double[LabelFeature.Names.Count * _constants.Length];
        var none = _constants[-LabelFeature.NoValue - 1];
        for (var name = 0; name < LabelFeature.Names.Count; name++)
        {
            for (var c = 0; c < _constants.Length; c++)
            {
                var value = _constants[c];
                _byConstant[(name * _constants.Length) + c] = value >= 0 && none >= 0 && _weights.TryGetValue(Key(name, value, none), out var weight) ? weight : double.NaN;
            }
        }

        // A run's own weights depend only on its side, length and commas: summed once here, not once per run read.
        var scorer = new Scorer(this, []);
        _runs = new double[2 * (LongRun + 1) * (MostCommas + 1)];
        foreach (var beforeNumber in new[] { true, false })
        {
            for (var length = 1; length <= LongRun; length++)
            {
                for (var commas = 0; commas <= MostCommas; commas++)
                {
                    _runs[RunIndex(beforeNumber, length, commas)] = scorer.Run(beforeNumber, length, commas);
                }
            }
        }
    }

    /// <summary>The model shipped in the library, or null when it was built without one (then the rules' label stands).</summary>
    public static LabelModel? Embedded => EmbeddedModel.Value;

    public IReadOnlyDictionary<LabelFeature, double> Weights { get; }

    /// <summary>SHA-256 of the corpus the model was trained on.</summary>
    public string TrainingHash { get; }

    /// <summary>The label the model chooses, cleaned as the rules clean theirs; null when there are no words to choose from.</summary>
    public string? Label(LabelWords words) => Best(words) is var (start, end) ? IndicatorLabel.Clean(words.Text(start, end)) : null;

    /// <summary>The run [Start, End) that scores best: its start word, its end word and the run as a whole.</summary>
    public (int Start, int End)? Best(LabelWords words)
    {
        var count = words.Words.Count;
        if (count == 0)
        {
            return null;
        }

        var scorer = new Scorer(this, [.. words.Words.Select(w => _values.GetValueOrDefault(w.Folded, -1))]);
        var starts = new double[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = scorer.Score(words, i, start: true);
        }

        (int, int)? best = null;
        var bestScore = double.NegativeInfinity;
        for (var last = 0; last < count; last++)
        {
            var end = scorer.Score(words, last, start: false);
            var commas = 0;
            for (var start = last; start >= words.EarliestStart(last); start--)
            {
                commas += start < last && words.Words[start].After == ',' ? 1 : 0;
                var score = starts[start] + end + _runs[RunIndex(start < words.Number, last - start + 1, commas)];
                if (score > bestScore)
                {
                    (bestScore, best) = (score, (start, last + 1));
                }
            }
        }

        return best;
    }

    public void Write(TextWriter writer)
    {
        TrainedModelHead.Write(writer, "Label model: where a quantity's label starts (S) and ends (E) among the words before (b) and after (a) it; softmax weights over word features.", TrainingHash, _examples);
        foreach (var (feature, weight) in Weights.OrderBy(w => w.Key.ToString(), StringComparer.Ordinal))
        {
            writer.WriteLine($"{feature}\t{weight.ToString("0.######", CultureInfo.InvariantCulture)}");
        }
    }

    /// <exception cref="FormatException">Not a label model file.</exception>
    public static LabelModel Read(TextReader reader)
    {
        var head = new TrainedModelHead();
        var weights = new Dictionary<LabelFeature, double>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var cells = line.Split('\t');
            if (head.Read(cells) || line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (cells.Length != 4 || !LabelFeature.Names.Contains(cells[0], StringComparer.Ordinal))
            {
                throw new FormatException($"not a label model line: '{line}': run `extractor train`");
            }

            weights[new LabelFeature(string.Intern(cells[0]), cells[1], cells[2])] = double.Parse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return head.TrainingHash is { } hash ? new LabelModel(weights, hash, head.Examples) : throw new FormatException("not a label model file: training hash missing");
    }

    /// <exception cref="FormatException">Not a label model file.</exception>
    public static LabelModel Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static int RunIndex(bool beforeNumber, int length, int commas) =>
        ((((beforeNumber ? 0 : 1) * (LongRun + 1)) + Math.Min(length, LongRun)) * (MostCommas + 1)) + Math.Min(commas, MostCommas);

    // Room for 256 feature names and 2^27 values.
    private static long Key(int name, int a, int b) => name + ((long)a << 8) + ((long)b << 36);

    private int Number(string value)
    {
        if (!_values.TryGetValue(value, out var number))
        {
            number = _values.Count;
            _values[value] = number;
        }

        return number;
    }

    /// <summary>
    /// The weights by key, in one open-addressed table (each key with its weight in one slot, probed in order from the
    /// key's hash): scoring looks up about 26 keys a word, and this finds them faster than a Dictionary&lt;long, double&gt;
    /// did (the samples' label choices 61 against 76 ms a pass, one timed run each); a key and its weight side by side
    /// are one read of memory, not two.
    /// </summary>
    private sealed class WeightTable
    {
        // No feature key is negative (see Key), so -1 marks a free slot.
        private const long Free = -1;

        private readonly Slot[] _slots;
        private readonly int _shift;

        public WeightTable(IReadOnlyList<(long Key, double Weight)> weights)
        {
            // At most half full, so a miss ends within a few slots.
            var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(2.0 * Math.Max(1, weights.Count))));
            (_slots, _shift) = (new Slot[1 << bits], 64 - bits);
            Array.Fill(_slots, new Slot(Free, 0));
            foreach (var (key, weight) in weights)
            {
                var slot = SlotOf(key);
                while (_slots[slot].Key != Free && _slots[slot].Key != key)
                {
                    slot = (slot + 1) & (_slots.Length - 1);
                }

                _slots[slot] = new Slot(key, weight);
            }
        }

        public bool TryGetValue(long key, out double weight)
        {
            for (var slot = SlotOf(key); _slots[slot].Key != Free; slot = (slot + 1) & (_slots.Length - 1))
            {
                if (_slots[slot].Key == key)
                {
                    weight = _slots[slot].Weight;
                    return true;
                }
            }

            weight = 0;
            return false;
        }

        private readonly record struct Slot(long Key, double Weight);

        // Fibonacci hashing: the top bits of the key times 2^64 / φ.
        private int SlotOf(long key) => (int)((ulong)key * 11400714819323198485UL >> _shift);
    }

    /// <summary>Sums the weights of a word's features, its values looked up by number.</summary>
    private struct Scorer(LabelModel model, int[] words) : ILabelFeatureSink
    {
        private double _score;

        public double Score(LabelWords labelWords, int i, bool start)
        {
            _score = 0;
            LabelFeature.Emit(labelWords, i, start, ref this);
            return _score;
        }

        public double Run(bool beforeNumber, int length, int commas)
        {
            _score = 0;
            LabelFeature.EmitRun(beforeNumber, length, commas, ref this);
            return _score;
        }

        public void Add(int name, int a, int b)
        {
            if (a < 0 && b == LabelFeature.NoValue)
            {
                var weight = model._byConstant[(name * model._constants.Length) - a - 1];
                if (!double.IsNaN(weight))
                {
                    _score += weight;
                }

                return;
            }

            var (x, y) = (a >= 0 ? words[a] : model._constants[-a - 1], b >= 0 ? words[b] : model._constants[-b - 1]);
            if (x >= 0 && y >= 0 && model._weights.TryGetValue(Key(name, x, y), out var found))
            {
                _score += found;
            }
        }
    }
}
