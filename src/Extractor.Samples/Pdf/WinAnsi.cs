namespace Extractor.Samples.Pdf;

/// <summary>
/// The WinAnsiEncoding of PDF (Windows code page 1252): one byte per character, ASCII below 128,
/// Latin-1 from 160, and Windows' own punctuation in between; five codes there name no character.
/// </summary>
internal static class WinAnsi
{
    // Codes 128 to 159; '\0' where WinAnsi leaves the code undefined.
    private const string Windows = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private static readonly Dictionary<char, byte> Codes = BuildCodes();

    /// <summary>The character WinAnsi gives <paramref name="code"/>, or null for a control or undefined code.</summary>
    public static char? CharOf(byte code) => code switch
    {
        < 32 or 127 => null,
        < 128 => (char)code,
        < 160 => Windows[code - 128] is var c && c != '\0' ? c : null,
        _ => (char)code,
    };

    public static byte? CodeOf(char c) => Codes.TryGetValue(c, out var code) ? code : null;

    private static Dictionary<char, byte> BuildCodes()
    {
        var codes = new Dictionary<char, byte>();
        for (var code = 0; code < 256; code++)
        {
            if (CharOf((byte)code) is { } c)
            {
                codes.TryAdd(c, (byte)code);
            }
        }

        return codes;
    }
}
