using System.Text;

namespace Extractor.Text;

/// <summary>
/// Text as it is compared with what an annotator copied from a report: NFC, without spaces and
/// without the asterisks of Markdown bold, so "25.693 ha" matches "25.693ha" and "**25.693** ha".
/// </summary>
internal static class SqueezedText
{
    public static string Of(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace(" ", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
}
