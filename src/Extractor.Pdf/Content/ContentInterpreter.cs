using Extractor.Pdf.Content.Fonts;
using Extractor.Pdf.Objects;

namespace Extractor.Pdf.Content;

/// <summary>
/// Runs content streams, recursing into form XObjects, and records the glyphs, rules and images they draw in default
/// user space. Lenient: operators it does not know, or whose operands are wrong, are skipped.
/// </summary>
internal sealed class ContentInterpreter
{
    /// <summary>Deepest nesting of forms in forms followed; real files nest two or three deep.</summary>
    private const int MaxFormDepth = 16;

    /// <summary>Operations between deadline checks: often enough for the timeout, rare enough to cost nothing.</summary>
    private const int DeadlineInterval = 4096;

    private readonly PdfDocument _document;
    private readonly FontCache _fonts;
    private readonly GlyphCollector _glyphs = new();
    private readonly RuleCollector _rules = new();
    private readonly List<PlacedImage> _images = [];
    private readonly Stack<GraphicsState> _saved = new();
    private readonly HashSet<PdfStream> _formsRunning = [];
    private readonly double[] _numbers = new double[6];
    private GraphicsState _state = GraphicsState.Initial;
    private Matrix _textMatrix = Matrix.Identity;
    private Matrix _lineMatrix = Matrix.Identity;
    private int _operations;

    /// <summary>States saved below this depth belong to the content that drew the running form; its Q must not restore them.</summary>
    private int _savedFloor;

    public ContentInterpreter(PdfDocument document, FontCache fonts)
    {
        _document = document;
        _fonts = fonts;
    }

    public IReadOnlyList<Glyph> Glyphs => _glyphs.Glyphs;

    public IReadOnlyList<Rule> Rules => _rules.Rules;

    public IReadOnlyList<PlacedImage> Images => _images;

    public void Run(ReadOnlyMemory<byte> content, PdfDictionary resources) => Run(content, resources, 0);

    /// <summary>Draws a form, such as an annotation's appearance, from a fresh graphics state whose CTM is <paramref name="placement"/>.</summary>
    public void RunForm(PdfStream form, Matrix placement, PdfDictionary resources)
    {
        _state = GraphicsState.Initial with { Ctm = placement };
        _saved.Clear();
        _rules.Discard();
        RunForm(form, resources, 0);
    }

    private void Run(ReadOnlyMemory<byte> content, PdfDictionary resources, int depth)
    {
        var tokenizer = new ContentTokenizer(content);
        var operands = new List<PdfObject>();
        while (tokenizer.ReadOperation(operands) is { } op)
        {
            if (++_operations % DeadlineInterval == 0)
            {
                _document.Context.CheckDeadline();
            }

            if (op == "BI")
            {
                tokenizer.SkipInlineImage();
            }
            else
            {
                Execute(op, operands, resources, depth);
            }
        }
    }

    private void Execute(string op, List<PdfObject> operands, PdfDictionary resources, int depth)
    {
        switch (op)
        {
            case "q":
                _saved.Push(_state);
                break;
            case "Q" when _saved.Count > _savedFloor:
                _state = _saved.Pop();
                break;
            case "cm" when Numbers(operands, 6):
                _state = _state with { Ctm = MatrixOfNumbers().Multiply(_state.Ctm) };
                break;
            case "BT":
                _textMatrix = _lineMatrix = Matrix.Identity;
                break;
            case "Tf" when operands.Count >= 2 && operands[^2] is PdfName name && operands[^1] is PdfNumber size:
                SetText(_state.Text with { Font = FontOf(name.Value, resources), FontSize = size.AsDouble() });
                break;
            case "Tc" when Numbers(operands, 1):
                SetText(_state.Text with { CharSpacing = _numbers[0] });
                break;
            case "Tw" when Numbers(operands, 1):
                SetText(_state.Text with { WordSpacing = _numbers[0] });
                break;
            case "Tz" when Numbers(operands, 1):
                SetText(_state.Text with { HorizontalScaling = _numbers[0] / 100 });
                break;
            case "TL" when Numbers(operands, 1):
                SetText(_state.Text with { Leading = _numbers[0] });
                break;
            case "Ts" when Numbers(operands, 1):
                SetText(_state.Text with { Rise = _numbers[0] });
                break;
            case "Tr" when Numbers(operands, 1):
                SetText(_state.Text with { RenderMode = (int)Math.Clamp(_numbers[0], 0, 7) });
                break;
            case "Td" when Numbers(operands, 2):
                MoveLine(_numbers[0], _numbers[1]);
                break;
            case "TD" when Numbers(operands, 2):
                SetText(_state.Text with { Leading = -_numbers[1] });
                MoveLine(_numbers[0], _numbers[1]);
                break;
            case "Tm" when Numbers(operands, 6):
                _textMatrix = _lineMatrix = MatrixOfNumbers();
                break;
            case "T*":
                NextLine();
                break;
            case "Tj" when operands.Count >= 1 && operands[^1] is PdfString text:
                Show(text);
                break;
            case "'" when operands.Count >= 1 && operands[^1] is PdfString text:
                NextLine();
                Show(text);
                break;
            case "\"" when operands.Count >= 3 && operands[^3] is PdfNumber wordSpacing && operands[^2] is PdfNumber charSpacing && operands[^1] is PdfString text:
                SetText(_state.Text with { WordSpacing = wordSpacing.AsDouble(), CharSpacing = charSpacing.AsDouble() });
                NextLine();
                Show(text);
                break;
            case "TJ" when operands.Count >= 1 && operands[^1] is PdfArray items:
                ShowArray(items);
                break;
            case "Do" when operands.Count >= 1 && operands[^1] is PdfName name:
                Draw(name.Value, resources, depth);
                break;
            default:
                TracePath(op, operands);
                break;
        }
    }

    private void TracePath(string op, List<PdfObject> operands)
    {
        switch (op)
        {
            case "m" when Numbers(operands, 2):
                _rules.MoveTo(Point(_numbers[0], _numbers[1]));
                break;
            case "l" when Numbers(operands, 2):
                _rules.LineTo(Point(_numbers[0], _numbers[1]));
                break;
            case "c" when Numbers(operands, 6):
                _rules.CurveTo(Point(_numbers[4], _numbers[5]));
                break;
            case "v" or "y" when Numbers(operands, 4):
                _rules.CurveTo(Point(_numbers[2], _numbers[3]));
                break;
            case "h":
                _rules.Close();
                break;
            case "re" when Numbers(operands, 4):
                var (x, y, width, height) = (_numbers[0], _numbers[1], _numbers[2], _numbers[3]);
                _rules.Rectangle([Point(x, y), Point(x + width, y), Point(x + width, y + height), Point(x, y + height)]);
                break;
            case "S" or "s" or "B" or "B*" or "b" or "b*":
                if (op is "s" or "b" or "b*")
                {
                    _rules.Close();
                }

                _rules.Stroke();
                break;
            case "f" or "F" or "f*":
                _rules.Fill();
                break;
            case "n":
                _rules.Discard();
                break;
        }
    }

    private void SetText(TextState text) => _state = _state with { Text = text };

    private PdfFont FontOf(string name, PdfDictionary resources) =>
        _document.Resolve<PdfDictionary>(_document.Resolve<PdfDictionary>(resources["Font"])?[name]) is { } font ? _fonts.Get(font) : FontCache.Fallback;

    private void MoveLine(double tx, double ty) => _textMatrix = _lineMatrix = _lineMatrix.Translate(tx, ty);

    private void NextLine() => MoveLine(0, -_state.Text.Leading);

    private void ShowArray(PdfArray items)
    {
        var text = _state.Text;
        foreach (var item in items)
        {
            if (item is PdfString part)
            {
                Show(part);
            }
            else if (item is PdfNumber adjustment)
            {
                // Positive numbers move the next glyph left, in thousandths of the font size.
                _textMatrix = _textMatrix.Translate(-adjustment.AsDouble() / 1000 * text.FontSize * text.HorizontalScaling, 0);
            }
        }
    }

    private void Show(PdfString text)
    {
        var state = _state.Text;
        var font = state.Font ?? FontCache.Fallback;
        var bytes = text.Bytes;
        for (var at = 0; at < bytes.Length;)
        {
            var length = font.ReadCode(bytes, at, out var code);
            var width = font.Width(code);
            var place = _textMatrix.Multiply(_state.Ctm);
            var (x, baseline) = place.Transform(0, state.Rise);
            var scale = place.VerticalScale;
            _glyphs.Add(new Glyph(
                font.TextOf(code),
                x,
                baseline,
                Math.Abs(width * state.FontSize * state.HorizontalScaling) * place.HorizontalScale,
                Math.Abs(state.FontSize) * scale,
                font.Style.Name,
                font.Style.Bold,
                font.Style.Italic,
                state.Rise * scale)
            {
                Invisible = state.Invisible,
            });

            // Word spacing applies to the single-byte code 32 only, whatever the font's encoding makes of it.
            var spacing = state.CharSpacing + (length == 1 && code == ' ' ? state.WordSpacing : 0);
            _textMatrix = _textMatrix.Translate(((width * state.FontSize) + spacing) * state.HorizontalScaling, 0);
            at += length;
        }
    }

    private void Draw(string name, PdfDictionary resources, int depth)
    {
        if (_document.Resolve<PdfStream>(_document.Resolve<PdfDictionary>(resources["XObject"])?[name]) is { } xobject)
        {
            Draw(xobject, resources, depth);
        }
    }

    private void Draw(PdfStream xobject, PdfDictionary resources, int depth)
    {
        switch (xobject.Dictionary.GetName("Subtype"))
        {
            case "Image":
                PlaceImage(xobject);
                break;
            case "Form":
                RunForm(xobject, resources, depth);
                break;
        }
    }

    private void PlaceImage(PdfStream image)
    {
        // An image fills the unit square of its user space.
        var box = _state.Ctm.TransformBounds(new PdfRectangle(0, 0, 1, 1));
        var filter = _document.Resolve(image.Dictionary["Filter"]) switch
        {
            PdfName single => single.Value,
            PdfArray { Count: > 0 } chain => _document.Resolve<PdfName>(chain[^1])?.Value,
            _ => null,
        };
        _images.Add(new PlacedImage(box.Left, box.Bottom, box.Width, box.Height, filter) { Placement = _state.Ctm, Source = new ImageXObject(_document, image) });
    }

    private void RunForm(PdfStream form, PdfDictionary resources, int depth)
    {
        // A form that draws itself, directly or through others, is drawn once.
        if (depth < MaxFormDepth && _formsRunning.Add(form))
        {
            RunFormContent(form, resources, depth);
            _formsRunning.Remove(form);
        }
    }

    private void RunFormContent(PdfStream form, PdfDictionary resources, int depth)
    {
        DecodedStream content;
        try
        {
            content = _document.DecodeContent(form, "form content");
        }
        catch (PdfCorruptException)
        {
            // A damaged form costs its own drawing, not the page's.
            return;
        }

        if (content.ImageFilter is not null)
        {
            return;
        }

        var matrix = Matrix.FromArray(_document.Resolve<PdfArray>(form.Dictionary["Matrix"])) ?? Matrix.Identity;
        var formResources = _document.Resolve<PdfDictionary>(form.Dictionary["Resources"]) ?? resources;
        var (state, floor, textMatrix, lineMatrix) = (_state, _savedFloor, _textMatrix, _lineMatrix);
        _savedFloor = _saved.Count;
        _state = _state with { Ctm = matrix.Multiply(_state.Ctm) };
        _rules.Discard();
        Run(content.Data, formResources, depth + 1);

        // A form leaves the graphics state as it found it, however its q and Q pair up.
        while (_saved.Count > _savedFloor)
        {
            _saved.Pop();
        }

        (_state, _savedFloor, _textMatrix, _lineMatrix) = (state, floor, textMatrix, lineMatrix);
    }

    private (double X, double Y) Point(double x, double y) => _state.Ctm.Transform(x, y);

    private Matrix MatrixOfNumbers() => new(_numbers[0], _numbers[1], _numbers[2], _numbers[3], _numbers[4], _numbers[5]);

    /// <summary>Reads the last <paramref name="count"/> operands into the number buffer; false unless they are all numbers.</summary>
    private bool Numbers(List<PdfObject> operands, int count)
    {
        if (operands.Count < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (operands[operands.Count - count + i] is not PdfNumber number)
            {
                return false;
            }

            _numbers[i] = number.AsDouble();
        }

        return true;
    }
}
