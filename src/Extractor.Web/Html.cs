using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Extractor.Web;

/// <summary>
/// A page's markup as it is written: every text and attribute value goes through the HTML encoder,
/// so report text can never become markup; only the page's own constant tags are written raw.
/// </summary>
internal sealed class Html
{
    // Vietnamese letters stay readable in the source; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _markup = new();

    public static string Encode(string text) => Encoder.Encode(text);

    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_markup), text);
        }

        return this;
    }

    /// <summary>Opens <paramref name="tag"/> with the attributes whose value is not null.</summary>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _markup.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _markup.Append(' ').Append(name).Append("=\"");
                Encoder.Encode(new StringWriter(_markup), value);
                _markup.Append('"');
            }
        }

        _markup.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _markup.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element holding what <paramref name="content"/> writes.</summary>
    public Html Element(string tag, Action<Html> content, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        content(this);
        return Close(tag);
    }

    /// <summary>A table's head row of column headers, then the opening of its body.</summary>
    public Html ColumnHeads(IEnumerable<string> heads)
    {
        Open("thead").Open("tr");
        foreach (var head in heads)
        {
            Element("th", head, ("scope", "col"));
        }

        return Close("tr").Close("thead").Open("tbody");
    }

    /// <summary>Markup the page's code composed itself (an SVG drawn from numbers, a snippet whose text went through <see cref="Encode"/>); never raw text from a report or a request.</summary>
    public Html Trusted(string markup)
    {
        _markup.Append(markup);
        return this;
    }

    public override string ToString() => _markup.ToString();
}
