using Extractor.Pdf.Content.Fonts;

namespace Extractor.Pdf.Content;

/// <summary>The part of the graphics state that placing glyphs and rules needs; q saves it and Q restores it.</summary>
internal sealed record GraphicsState(Matrix Ctm, TextState Text)
{
    public static readonly GraphicsState Initial = new(Matrix.Identity, TextState.Initial);
}

/// <summary>Text state parameters in unscaled text space units, as Tf, Tc, Tw, Tz, TL and Ts set them.</summary>
/// <param name="HorizontalScaling">Tz as a factor (Tz 100 is 1).</param>
internal sealed record TextState(PdfFont? Font, double FontSize, double CharSpacing, double WordSpacing, double HorizontalScaling, double Leading, double Rise)
{
    public static readonly TextState Initial = new(null, 0, 0, 0, 1, 0, 0);
}
