using System.Text;

namespace Extractor.Text;

/// <summary>
/// The five tone marks of written Vietnamese, as the Unicode combining marks they decompose
/// to, and the one way a letter's tone is taken off or put on: "ệ" is "ê" with a dot below,
/// "ằ" is "ă" with a grave. Vowel-quality marks (ă â ê ô ơ ư) belong to the letter, not the tone.
/// </summary>
internal static class Tones
{
    /// <summary>Huyền: "à".</summary>
    public const char Grave = '\u0300';

    /// <summary>Sắc: "á".</summary>
    public const char Acute = '\u0301';

    /// <summary>Ngã: "ã".</summary>
    public const char Tilde = '\u0303';

    /// <summary>Hỏi: "ả".</summary>
    public const char HookAbove = '\u0309';

    /// <summary>Nặng: "ạ".</summary>
    public const char DotBelow = '\u0323';

    /// <summary>The five marks, in the order of their code points.</summary>
    public static IReadOnlyList<char> Marks { get; } = [Grave, Acute, Tilde, HookAbove, DotBelow];

    private static readonly Dictionary<char, (char Bare, char Tone)> Toned = [];
    private static readonly Dictionary<(char Bare, char Tone), char> Composed = [];

    /// <summary>The first letter that can carry a tone ("À"): below it, no table needs asking.</summary>
    private const char FirstToned = '\u00C0';

    // Both tables come from one scan of the Latin letters that carry a tone mark.
    static Tones()
    {
        for (var code = (int)FirstToned; code <= 0x1EFF; code++)
        {
            var letter = (char)code;
            var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
            var tone = Marks.FirstOrDefault(t => decomposed.Contains(t, StringComparison.Ordinal));
            if (tone == '\0' || !char.IsLetter(letter))
            {
                continue;
            }

            var bare = decomposed.Replace(tone.ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
            if (bare.Length == 1)
            {
                Toned[letter] = (bare[0], tone);
                Composed[(bare[0], tone)] = letter;
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> is one of the five combining tone marks.</summary>
    public static bool IsMark(char c) => c is Grave or Acute or Tilde or HookAbove or DotBelow;

    /// <summary>A composed letter without its tone, and the tone: "ệ" is ('ê', DotBelow); a letter without a tone is itself and '\0'.</summary>
    public static (char Bare, char Tone) Split(char letter) =>
        letter >= FirstToned && Toned.TryGetValue(letter, out var split) ? split : (letter, '\0');

    /// <summary>The composed letter <paramref name="bare"/> with <paramref name="tone"/>: ('ê', DotBelow) is 'ệ'; null when Unicode has no such letter.</summary>
    public static char? Compose(char bare, char tone) => Composed.TryGetValue((bare, tone), out var letter) ? letter : null;
}
