namespace Extractor.Reading.LegacyText;

/// <summary>
/// TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial ...): one byte per letter, the
/// Vietnamese lower-case letters and the seven unaccented capitals Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xFE. It has
/// no accented capitals: the "H" fonts (.VnTimeH) draw capitals from the lower-case codes. In Word and
/// in PDF text the bytes arrive as the Latin-1 characters of the same codes (0xAD "ư" as a soft hyphen).
/// </summary>
internal static class Tcvn3
{
    private const char First = '\u00A1';
    private const char Last = '\u00FE';

    // Codes 0xA1-0xFE as glibc's TCVN5712-1 (VN1) table decodes them, kept where VN3 has them: the
    // lower-case letters and 0xA1-0xA7; VN1's accented capitals and combining marks are \0. Made once:
    //   for b in $(seq 161 254); do printf "\\x$(printf %x $b)" | iconv -f TCVN5712-1 -t UTF-8; echo; done
    // keeping each line that is one lower-case letter (or one of the first seven), \0 for the others.
    private const string Letters =
        "ĂÂÊÔƠƯĐăâêôơưđ\0\0\0\0\0\0àảãáạ\0ằẳẵắ\0\0\0\0\0\0\0ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò\0ỏõóọồổỗốộờởỡớợù\0ủũúụừửữứựỳỷỹýỵ";

    private static readonly Dictionary<char, char> Codes = Enumerable.Range(0, Letters.Length)
        .Where(i => Letters[i] != '\0')
        .ToDictionary(i => Letters[i], i => (char)(First + i));

    /// <summary>True for a character whose TCVN3 code stands for a Vietnamese letter.</summary>
    public static bool IsCode(char c) => c is >= First and <= Last && Letters[c - First] != '\0';

    public static char Decode(char c) => IsCode(c) ? Letters[c - First] : c;

    /// <summary>
    /// <paramref name="text"/> in TCVN3 codes, for a non-H font. Throws for what the encoding cannot
    /// say: an accented capital (write it lower-case in an H font) or a character whose code means a letter.
    /// </summary>
    public static string Encode(string text) => string.Create(text.Length, text, static (target, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            target[i] = Codes.TryGetValue(c, out var code) ? code
                : c < 0x80 || (!char.IsLetter(c) && !IsCode(c)) ? c
                : throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no TCVN3 code in a non-H font", nameof(text));
        }
    });

    /// <summary>True for a letter only an H font can draw: a capital without a code of its own.</summary>
    public static bool NeedsCapitalsFont(char c) => char.IsUpper(c) && c >= 0x80 && !Codes.ContainsKey(c);
}
