namespace Extractor.Samples;

/// <summary>Where to split a run inside a word, as Word leaves it after an edit.</summary>
internal static class MidWordSplit
{
    private const int MinWordLength = 5;

    /// <summary>The middle of the first word of at least five letters in the last two thirds of the text, if any.</summary>
    public static int? Find(string text)
    {
        for (var i = text.Length / 3; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end - i >= MinWordLength)
            {
                return i + (end - i) / 2;
            }
        }

        return null;
    }
}
