using Extractor.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Extractor.Store;

/// <summary>
/// Lucene's view of a passage: the words <see cref="VietnameseFold"/> makes of it, folded (or,
/// for the exact field <see cref="IndexFields.Exact"/>, with diacritics kept and the tone on its canonical vowel). The query
/// parser folds and splits the same way, so every query word is exactly one index term:
/// "ngân sách" and "ngan sach" are the terms "ngan" "sach"; "1.448,29" is the phrase "1 448 29".
/// </summary>
/// <remarks>
/// Lucene's own StandardTokenizer with ASCIIFoldingFilter would split and fold differently
/// (numbers kept whole, decomposed marks left), and then a query would not map one to one.
/// </remarks>
internal sealed class FoldedWordAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    public static FoldedWordAnalyzer Instance { get; } = new();

    /// <summary>The <see cref="IndexFields.Exact"/> field keeps diacritics; every other field is folded.</summary>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new FoldedWordTokenizer(reader, exact: fieldName == IndexFields.Exact));

    /// <summary>Values of one field (a passage and each label of its records) stand this far apart, so no phrase or proximity spans two.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    private sealed class FoldedWordTokenizer : Tokenizer
    {
        private readonly bool _exact;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _folded = "";

        /// <summary>Where the next word is sought: words are found as they are asked for, with no list of them made.</summary>
        private int _next;

        public FoldedWordTokenizer(TextReader input, bool exact) : base(input)
        {
            _exact = exact;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            var (start, end) = VietnameseFold.NextWord(_folded, _next);
            if (start == end)
            {
                return false;
            }

            // Offsets are in the folded text: nothing reads them (the index keeps no text).
            _next = end;
            _term.SetEmpty().Append(_folded, start, end - start);
            _offset.SetOffset(start, end);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _folded = VietnameseFold.Fold(m_input.ReadToEnd(), _exact);
            _next = 0;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_folded.Length, _folded.Length);
        }
    }
}
