using Extractor.Layout;
using Extractor.Model;
using Extractor.Reading;
using Extractor.Text;

namespace Extractor.Samples;

/// <summary>How a body paragraph is laid out.</summary>
internal enum ParagraphRole
{
    Body,
    /// <summary>"BÁO CÁO": centred, bold.</summary>
    DocumentType,
    /// <summary>Subject lines under the document type: centred.</summary>
    Title,
    /// <summary>"Phần I" and its title line: centred, bold.</summary>
    PartHeading,
    /// <summary>A short labelled paragraph: bold.</summary>
    Heading,
}

internal abstract record BodyBlock;

/// <summary>A body paragraph with its role; when automatically numbered, its typed label is already cut from the text.</summary>
internal sealed record PlannedParagraph(Paragraph Paragraph, ParagraphRole Role, NumberedLabel? Number) : BodyBlock;

internal sealed record PlannedTable(Table Table) : BodyBlock;

/// <summary>Decides each body paragraph's role and which labels become automatic numbering.</summary>
internal static class BodyPlan
{
    // Longer labelled paragraphs, or ones that end a sentence, are list items with body text, not headings.
    private const int MaxHeadingLength = 200;
    private const int MaxDocumentTypeLength = 40;
    private const int MaxTitleParagraphs = 3;

    public static IReadOnlyList<BodyBlock> Plan(IReadOnlyList<RawBlock> body, IReadOnlySet<string> autoNumberedParts, AutoNumbering numbering)
    {
        var planned = new List<BodyBlock>(body.Count);
        var part = SampleCatalog.BeforeFirstPart;
        var titleLeft = 0;
        var afterPartLabel = false;
        foreach (var block in body)
        {
            if (block is RawTable table)
            {
                planned.Add(new PlannedTable(table.Table));
                afterPartLabel = false;
                continue;
            }

            var paragraph = ((RawParagraph)block).Paragraph;
            var labelled = SectionLabel.TryParse(paragraph.Text, out var label, out _);
            if (planned.Count == 0 && !labelled && IsDocumentType(paragraph.Text))
            {
                planned.Add(new PlannedParagraph(paragraph, ParagraphRole.DocumentType, null));
                titleLeft = MaxTitleParagraphs;
                continue;
            }

            if (!labelled && titleLeft > 0)
            {
                planned.Add(new PlannedParagraph(paragraph, ParagraphRole.Title, null));
                titleLeft--;
                continue;
            }

            titleLeft = 0;
            if (!labelled)
            {
                planned.Add(new PlannedParagraph(paragraph, afterPartLabel ? ParagraphRole.PartHeading : ParagraphRole.Body, null));
                afterPartLabel = false;
                continue;
            }

            afterPartLabel = label.Kind == LabelKind.Part;
            if (afterPartLabel)
            {
                part = label.Text;
                numbering.Break();
                planned.Add(new PlannedParagraph(paragraph, ParagraphRole.PartHeading, null));
                continue;
            }

            var role = IsHeading(paragraph.Text) ? ParagraphRole.Heading : ParagraphRole.Body;
            planned.Add(autoNumberedParts.Contains(part) && AutoNumbering.Supports(label)
                ? new PlannedParagraph(WithoutLabel(paragraph, label), role, numbering.Number(label))
                : new PlannedParagraph(paragraph, role, null));
        }

        return planned;
    }

    private static bool IsDocumentType(string text) =>
        text.Length <= MaxDocumentTypeLength && text.Any(char.IsLetter) && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsHeading(string text) =>
        text.Length <= MaxHeadingLength && !text.Contains('\n') && !text.TrimEnd().EndsWith('.');

    /// <summary>The paragraph as Word stores it when numbering draws the label: "I. " cut, references and spans moved.</summary>
    private static Paragraph WithoutLabel(Paragraph paragraph, SectionLabel label)
    {
        var typed = label.Text + ".";
        var text = paragraph.Text;
        if (!text.StartsWith(typed, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"paragraph does not start with its label \"{typed}\": {text}");
        }

        var cut = typed.Length;
        while (cut < text.Length && text[cut] == ' ')
        {
            cut++;
        }

        if (paragraph.FootnoteRefs.Any(r => r.Offset < cut))
        {
            throw new InvalidOperationException($"a footnote reference sits inside the label \"{typed}\"");
        }

        var refs = paragraph.FootnoteRefs.Select(r => r with { Offset = r.Offset - cut }).ToList();
        var spans = paragraph.Spans
            .Where(s => s.Start + s.Length > cut)
            .Select(s => s with { Start = Math.Max(s.Start - cut, 0), Length = s.Start + s.Length - Math.Max(s.Start, cut) })
            .ToList();
        return paragraph with { Text = text[cut..], FootnoteRefs = refs, Spans = spans };
    }
}
