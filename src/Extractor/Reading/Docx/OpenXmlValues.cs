using DocumentFormat.OpenXml;

namespace Extractor.Reading.Docx;

/// <summary>
/// Attribute values as Word treats them: a malformed one (w:ilvl="x") is ignored, where the
/// SDK's <c>Value</c> would throw <see cref="FormatException"/> and lose the whole document.
/// </summary>
internal static class OpenXmlValues
{
    public static T? Parsed<T>(this OpenXmlSimpleValue<T>? value)
        where T : struct =>
        value is { HasValue: true } ? value.Value : null;

    public static T? Parsed<T>(this EnumValue<T>? value)
        where T : struct, IEnumValue, IEnumValueFactory<T> =>
        value is { HasValue: true } ? value.Value : null;
}
