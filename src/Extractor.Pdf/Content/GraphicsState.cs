using Extractor.Pdf.Content.Fonts;

namespace Extractor.Pdf.Content;

/// <summary>The part of the graphics state that placing glyphs and rules needs; q saves it and Q restores it.</summary>
internal sealed record GraphicsState(Matrix Ctm, TextState Text)
{
    public static readonly GraphicsState Initial = new(Matrix.Identity, TextState.Initial);
}

/// <summary>Text state parameters in unscaled text space units, as Tf, Tc, Tw, Tz, TL, Ts and Tr set them.</summary>
/// <param name="HorizontalScaling">Tz as a factor (Tz 100 is 1).</param>
/// <param name="RenderMode">Tr: 0 fill, 1 stroke, 2 both, 3 neither, 4-7 the same and clip.</param>
internal sealed record TextState(PdfFont? Font, double FontSize, double CharSpacing, double WordSpacing, double HorizontalScaling, double Leading, double Rise, int RenderMode)
{
    public static readonly TextState Initial = new(null, 0, 0, 0, 1, 0, 0, 0);

    /// <summary>Modes 3 and 7 paint nothing: the searchable layer OCR software lays over a scan.</summary>
    public bool Invisible => RenderMode is 3 or 7;
}
