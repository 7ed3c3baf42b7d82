namespace Extractor.Samples;

/// <summary>
/// The XML ids of footnotes: 100 + 7 x number, so an id is never its note's number nor one more
/// than the previous id (the number a reader sees comes from the order of references). They still
/// rise in reference order, as in files Word writes: LibreOffice (7.4) pairs references with notes
/// by sorted id and mislabels every note otherwise.
/// </summary>
internal sealed class FootnoteIds
{
    private const int FirstId = 100;
    private const int Stride = 7;

    private readonly HashSet<int> _numbers;

    public FootnoteIds(IEnumerable<int> numbers) => _numbers = [.. numbers];

    public int IdOf(int number) => _numbers.Contains(number)
        ? FirstId + Stride * number
        : throw new InvalidOperationException($"a reference to footnote {number}, which the document does not have");
}
