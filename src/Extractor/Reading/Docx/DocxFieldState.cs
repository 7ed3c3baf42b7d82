using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Reading.Docx;

/// <summary>
/// The complex fields (<c>w:fldChar</c> begin / separate / end) open in one story. Word shows a
/// field's result, between separate and end, not its instruction; a field nested in another
/// field's instruction is part of that instruction, so text shows only when every open field
/// has reached its result.
/// </summary>
internal sealed class DocxFieldState
{
    // true once the field has passed its separator.
    private readonly Stack<bool> _open = new();
    private int _inInstruction;

    public bool ShowsResult => _inInstruction == 0;

    public void Apply(W.FieldChar fieldChar)
    {
        // The SDK's values are not constants since version 3, so they are compared, not switched on.
        var type = fieldChar.FieldCharType.Parsed();
        if (type == W.FieldCharValues.Begin)
        {
            _open.Push(false);
            _inInstruction++;
        }
        else if (type == W.FieldCharValues.Separate && _open.TryPeek(out var separated) && !separated)
        {
            _open.Pop();
            _open.Push(true);
            _inInstruction--;
        }
        else if (type == W.FieldCharValues.End && _open.TryPop(out var wasSeparated) && !wasSeparated)
        {
            _inInstruction--;
        }
    }
}
