namespace Extractor.Text;

/// <summary>
/// The marker that opens an item of a list: "-", "+", "*", "•" or the en dash "–", followed by a
/// space or straight by a letter ("-Sở Tài chính"). A sign before a number ("-5%") is no marker.
/// Reports use it for body lists, the "Kính gửi:" addressees and the "Nơi nhận:" recipients alike.
/// </summary>
internal static class ListItemMarker
{
    private const string Markers = "-+*•–";

    /// <summary>Whether <paramref name="text"/> starts with a list item's marker.</summary>
    public static bool Starts(string text) =>
        text.Length > 1 && Markers.Contains(text[0], StringComparison.Ordinal) && (text[1] == ' ' || char.IsLetter(text[1]));

    /// <summary>The line without leading spaces and without its marker: "- Sở Tài chính;" is "Sở Tài chính;".</summary>
    public static string Strip(string line)
    {
        var text = line.TrimStart(' ');
        return Starts(text) ? text[1..].TrimStart(' ') : text;
    }
}
