using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Extractor.Samples;

/// <summary>
/// Page, fonts and styles of an administrative document (Decree 30/2020/NĐ-CP layout):
/// A4, margins 2 cm top/bottom/right and 3 cm left, Times New Roman 14 pt body, justified
/// with a 1 cm first-line indent, 10 pt footnotes with superscript reference marks.
/// </summary>
internal static class PageSetup
{
    public const string FootnoteTextStyle = "FootnoteText";
    public const string FontName = "Times New Roman";

    /// <summary>Width between the margins, in twips.</summary>
    public const int TextWidth = PageWidth - LeftMargin - OtherMargins;

    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int LeftMargin = 1701;
    private const int OtherMargins = 1134;

    public static W.SectionProperties Section() =>
        new(
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new W.PageMargin
            {
                Top = OtherMargins,
                Bottom = OtherMargins,
                Left = LeftMargin,
                Right = OtherMargins,
                Header = 720,
                Footer = 720,
                Gutter = 0,
            },
            new W.Columns { Space = "720" },
            new W.DocGrid { LinePitch = 381 });

    public static W.Styles Styles() =>
        new(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = FontName, HighAnsi = FontName, EastAsia = FontName, ComplexScript = FontName },
                    new W.FontSize { Val = "28" },
                    new W.FontSizeComplexScript { Val = "28" },
                    new W.Languages { Val = "vi-VN", EastAsia = "en-US", Bidi = "ar-SA" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                    new W.SpacingBetweenLines { After = "120", Line = "288", LineRule = W.LineSpacingRuleValues.Auto }))),
            new W.Style(
                new W.StyleName { Val = "Normal" },
                new W.PrimaryStyle(),
                new W.StyleParagraphProperties(
                    new W.Indentation { FirstLine = "567" },
                    new W.Justification { Val = W.JustificationValues.Both }))
            { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new W.Style(
                new W.StyleName { Val = "Default Paragraph Font" },
                new W.UIPriority { Val = 1 },
                new W.SemiHidden(),
                new W.UnhideWhenUsed())
            { Type = W.StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
            new W.Style(
                new W.StyleName { Val = "Normal Table" },
                new W.UIPriority { Val = 99 },
                new W.SemiHidden(),
                new W.UnhideWhenUsed(),
                new W.StyleTableProperties(
                    new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellMarginDefault(
                        new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                        new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
            { Type = W.StyleValues.Table, StyleId = "TableNormal", Default = true },
            new W.Style(
                new W.StyleName { Val = "footnote text" },
                new W.BasedOn { Val = "Normal" },
                new W.UIPriority { Val = 99 },
                new W.UnhideWhenUsed(),
                new W.StyleParagraphProperties(
                    new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }),
                new W.StyleRunProperties(new W.FontSize { Val = "20" }, new W.FontSizeComplexScript { Val = "20" }))
            { Type = W.StyleValues.Paragraph, StyleId = FootnoteTextStyle },
            new W.Style(
                new W.StyleName { Val = "footnote reference" },
                new W.BasedOn { Val = "DefaultParagraphFont" },
                new W.UIPriority { Val = 99 },
                new W.UnhideWhenUsed(),
                new W.StyleRunProperties(new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript }))
            { Type = W.StyleValues.Character, StyleId = Runs.FootnoteReferenceStyle });

    public static W.Settings Settings() =>
        new(
            new W.Zoom { Percent = "100" },
            new W.DefaultTabStop { Val = 720 },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
            // Word lists the separator notes here; readers must skip them in footnotes.xml.
            new W.FootnoteDocumentWideProperties(
                new W.FootnoteSpecialReference { Id = FootnotesWriter.SeparatorId },
                new W.FootnoteSpecialReference { Id = FootnotesWriter.ContinuationSeparatorId }),
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = "vi-VN" });
}
