using System.Text;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Text;

namespace Extractor.Reading.Text;

/// <summary>
/// Reads reports that arrive as plain text or Markdown, such as text flattened from a
/// printed report: paragraphs separated by blank lines, footnote bodies at the bottom of
/// each page introduced by a marker ("¹", "⁽²⁾", "(3)."), and body paragraphs that a page
/// break cut in two around those footnotes.
/// </summary>
/// <remarks>
/// Which paragraphs near a footnote block are notes and which are body is decided by the
/// order of references: a footnote's body follows its reference, so text that stands
/// between two notes whose references were already seen belongs to the first note, while
/// text that holds a new reference is body. A note that ends mid-sentence may continue
/// just above the next page's first note. Body paragraphs cut by the page break are
/// stitched back together.
/// </remarks>
internal sealed partial class PlainTextReader : IFormatReader
{
    public RawDocument Read(string path, ReaderOptions options)
    {
        string content;
        try
        {
            content = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(path, ReadFailure.Corrupt, "text is not valid UTF-8");
        }

        return ReadText(content, path, options);
    }

    /// <summary>Reads text already in memory as if it were the file <paramref name="path"/>.</summary>
    public RawDocument ReadText(string content, string path, ReaderOptions options)
    {
        if (content.Length > options.MaxPartCharacters)
        {
            throw new ReportReadException(path, ReadFailure.LimitExceeded,
                $"text has {content.Length:N0} characters, over the {options.MaxPartCharacters:N0} limit");
        }

        var blocks = SplitBlocks(content);
        if (blocks.Count > options.MaxParagraphs)
        {
            throw new ReportReadException(path, ReadFailure.LimitExceeded,
                $"text has {blocks.Count:N0} paragraphs, over the {options.MaxParagraphs:N0} limit");
        }

        if (blocks.Count == 0)
        {
            throw new ReportReadException(path, ReadFailure.Empty, "file holds only white space");
        }

        return new BlockFlow(blocks).ToRawDocument(path);
    }

    private static List<TextBlock> SplitBlocks(string content)
    {
        var blocks = new List<TextBlock>();
        var lines = new List<string>();
        var index = 0;

        void Close()
        {
            if (lines.Count > 0)
            {
                blocks.Add(TextBlock.Parse(string.Join('\n', lines), index++));
                lines.Clear();
            }
        }

        foreach (var line in content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Close();
            }
            else
            {
                lines.Add(line.TrimEnd());
            }
        }

        Close();
        return blocks;
    }

    /// <summary>A blank-line separated block of the file: body text, a footnote body, or a Markdown table.</summary>
    private sealed record TextBlock(
        int Index,
        string Text,
        List<InlinePiece> Pieces,
        int? MarkerNumber,
        bool SuperscriptMarker,
        IReadOnlyList<IReadOnlyList<string>>? TableRows)
    {
        public IEnumerable<int> References => Pieces.OfType<NoteRefPiece>().Select(p => p.Number);

        public bool HasReferences => Pieces.OfType<NoteRefPiece>().Any();

        public string PlainText => string.Concat(Pieces.OfType<TextPiece>().Select(p => p.Text)).Trim();

        public static TextBlock Parse(string text, int index)
        {
            if (TableRowsOf(text) is { } rows)
            {
                return new TextBlock(index, text, [], null, false, rows);
            }

            var superscript = SuperscriptMarkerPattern().Match(text);
            if (superscript.Success)
            {
                return new TextBlock(index, text, MarkdownInline.Parse(text[superscript.Length..]),
                    MarkdownInline.SuperscriptValue(superscript.Groups["n"].Value), true, null);
            }

            var parenthesised = ParenthesisedMarkerPattern().Match(text);
            return parenthesised.Success
                ? new TextBlock(index, text, MarkdownInline.Parse(text[parenthesised.Length..]),
                    int.Parse(parenthesised.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), false, null)
                : new TextBlock(index, text, MarkdownInline.Parse(text), null, false, null);
        }

        /// <summary>The same block read as body text, for a "(2)." that turned out not to be a footnote marker.</summary>
        public TextBlock AsBody() => this with { Pieces = MarkdownInline.Parse(Text), MarkerNumber = null };

        private static List<IReadOnlyList<string>>? TableRowsOf(string text)
        {
            var lines = text.Split('\n');
            if (lines.Length < 2 || !lines.All(l => l.StartsWith('|') && l.EndsWith('|')))
            {
                return null;
            }

            return lines
                .Where(l => !TableRule().IsMatch(l))
                .Select(l => (IReadOnlyList<string>)l[1..^1].Split('|').Select(c => c.Trim()).ToList())
                .ToList();
        }
    }

    /// <summary>Classifies blocks as body or footnote in reading order and stitches cut paragraphs.</summary>
    private sealed class BlockFlow(List<TextBlock> blocks)
    {
        private readonly HashSet<int> _seenReferences = [];
        private readonly SortedDictionary<int, List<TextBlock>> _notes = [];
        private readonly List<BodyPiece> _body = [];
        private int? _lastNote;

        private sealed record BodyPiece(TextBlock First, List<InlinePiece> Pieces, bool AfterNotes)
        {
            public string PlainText => string.Concat(Pieces.OfType<TextPiece>().Select(p => p.Text)).Trim();
        }

        public RawDocument ToRawDocument(string path)
        {
            var previousWasNote = false;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (block.TableRows is not null)
                {
                    _body.Add(new BodyPiece(block, [], previousWasNote));
                    previousWasNote = false;
                    continue;
                }

                if (IsNoteStart(block))
                {
                    _notes[block.MarkerNumber!.Value] = [block];
                    _lastNote = block.MarkerNumber;
                    previousWasNote = true;
                    continue;
                }

                if (block.MarkerNumber is not null)
                {
                    block = block.AsBody();
                }

                if (ContinuesLastNote(i, previousWasNote))
                {
                    _notes[_lastNote!.Value].Add(block);
                    previousWasNote = true;
                    continue;
                }

                _seenReferences.UnionWith(block.References);
                AddBody(block, previousWasNote);
                previousWasNote = false;
            }

            return new RawDocument(path, BodyBlocks(), Footnotes(), []);
        }

        private bool IsNoteStart(TextBlock block) =>
            block.MarkerNumber is { } n && !_notes.ContainsKey(n) && (block.SuperscriptMarker || _seenReferences.Contains(n));

        /// <summary>
        /// Text without references just above a note whose reference was already seen is the
        /// open note running on: directly after a note, or, when the last note stopped
        /// mid-sentence, at the bottom of the next page before its first note.
        /// </summary>
        private bool ContinuesLastNote(int start, bool previousWasNote)
        {
            if (_lastNote is null)
            {
                return false;
            }

            var next = start;
            while (next < blocks.Count && blocks[next].MarkerNumber is null && blocks[next].TableRows is null && !blocks[next].HasReferences)
            {
                next++;
            }

            if (next == blocks.Count || !IsKnownNoteMarker(blocks[next]))
            {
                return previousWasNote && (EndsBeforeResumedSentence(start, next) || ListRunsOnFromNote(blocks[start]));
            }

            if (previousWasNote)
            {
                return true;
            }

            var run = blocks.Skip(start).Take(next - start).ToList();
            return !SentenceEnd.Ends(string.Join(' ', _notes[_lastNote.Value].Select(b => b.PlainText)))
                && StartsContinuation(run[0].PlainText)
                && !run.Any(b => SectionLabel.TryParse(b.PlainText, out _, out _));
        }

        /// <summary>
        /// When the body stopped mid-sentence before a note area, the note runs on until the
        /// paragraph that resumes the sentence (in lower case, with a number or an acronym),
        /// within the same section and before any new reference.
        /// </summary>
        private bool EndsBeforeResumedSentence(int start, int runEnd)
        {
            if (_body.Count == 0 || SentenceEnd.Ends(_body[^1].PlainText))
            {
                return false;
            }

            for (var i = start; i < runEnd && !SectionLabel.TryParse(blocks[i].PlainText, out _, out _); i++)
            {
                var text = blocks[i].PlainText;
                if (StartsContinuation(text) || StartsWithAcronym(text))
                {
                    return i > start;
                }
            }

            return false;
        }

        /// <summary>
        /// A note that ends by opening a list ("... Trong đó:") keeps the list items that follow
        /// it, until an item repeats the first words of the note's first item: that is the body's
        /// own parallel list resuming after the footnote area.
        /// </summary>
        private bool ListRunsOnFromNote(TextBlock block)
        {
            var note = _notes[_lastNote!.Value];
            var text = block.PlainText;
            if (!ListItemMarker.Starts(text) || !note.Select(b => b.PlainText).Last(t => !ListItemMarker.Starts(t)).EndsWith(':'))
            {
                return false;
            }

            var firstItem = note.Select(b => b.PlainText).FirstOrDefault(ListItemMarker.Starts);
            return firstItem is null || FirstWords(firstItem) != FirstWords(text);
        }

        private static string FirstWords(string text) => string.Join(' ', text.Split(' ').Take(5));

        private bool IsKnownNoteMarker(TextBlock block) =>
            block.MarkerNumber is { } n && !_notes.ContainsKey(n) && _seenReferences.Contains(n);

        private void AddBody(TextBlock block, bool afterNotes)
        {
            if (_body.Count > 0 && _body[^1].Pieces.Count > 0 && ContinuesParagraph(_body[^1], block, afterNotes))
            {
                _body[^1].Pieces.Add(new TextPiece(" ", false, false));
                _body[^1].Pieces.AddRange(block.Pieces);
                return;
            }

            _body.Add(new BodyPiece(block, [.. block.Pieces], afterNotes));
        }

        /// <summary>
        /// A page break cut the previous paragraph: it stops mid-sentence and this one picks
        /// up in lower case (or with a number), or right after the footnote area.
        /// </summary>
        private static bool ContinuesParagraph(BodyPiece previous, TextBlock block, bool afterNotes)
        {
            var before = previous.PlainText;
            var text = block.PlainText;
            if (SentenceEnd.Ends(before) || ParagraphStart.Opens(text))
            {
                return false;
            }

            var previousIsLabelled = SectionLabel.TryParse(before, out _, out _);
            return StartsContinuation(text) || (afterNotes && !previousIsLabelled && char.IsUpper(text[0]));
        }

        private List<RawBlock> BodyBlocks() => _body
            .Select(piece => piece.First.TableRows is { } rows
                ? (RawBlock)new RawTable(new Table(rows, new SourceLocation(piece.First.Index)))
                : new RawParagraph(Build(piece.Pieces, piece.First.Index)))
            .ToList();

        private List<Footnote> Footnotes() => _notes
            .Select(note => new Footnote(note.Key, note.Value.Select(b => Build(b.Pieces, b.Index)).ToList()))
            .ToList();

        private static Paragraph Build(IEnumerable<InlinePiece> pieces, int index)
        {
            var builder = new ParagraphBuilder();
            foreach (var piece in pieces)
            {
                switch (piece)
                {
                    case TextPiece t:
                        builder.Append(t.Text, t.Bold, t.Italic);
                        break;
                    case NoteRefPiece r:
                        builder.AppendFootnoteRef(r.Number);
                        break;
                    case LineBreakPiece:
                        builder.AppendLineBreak();
                        break;
                }
            }

            return builder.Build(new SourceLocation(index));
        }
    }

    private static bool StartsContinuation(string text) =>
        text.Length > 0 && (char.IsLower(text[0]) || char.IsDigit(text[0]));

    private static bool StartsWithAcronym(string text)
    {
        var word = text.Split(' ', 2)[0];
        return word.Length >= 2 && word.All(char.IsUpper);
    }

    [GeneratedRegex(@"^(?:⁽(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾|(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s*")]
    private static partial Regex SuperscriptMarkerPattern();

    [GeneratedRegex(@"^\((?<n>\d{1,3})\)\.?\s+")]
    private static partial Regex ParenthesisedMarkerPattern();

    [GeneratedRegex(@"^\|[\s\-:|]+\|$")]
    private static partial Regex TableRule();
}
