namespace Extractor.Pdf.Objects;

/// <summary>Object number and generation of an indirect object.</summary>
public readonly record struct ObjectId(int Number, int Generation)
{
    public override string ToString() => $"{Number} {Generation} R";
}
