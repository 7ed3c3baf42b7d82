using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Export;

/// <summary>How the contract's JSON is written everywhere: indented, Vietnamese text unescaped.</summary>
internal static class ContractJson
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? number)
    {
        if (number is { } value)
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item);
        }

        w.WriteEndArray();
    }
}
