namespace Extractor.Model;

/// <summary>An enum value as the stable snake-case code that output and files carry: "NeedsOcr" is "needs_ocr".</summary>
internal static class StableCode
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
}
