using Extractor.Pdf.Objects;
using Extractor.Pdf.Parsing;

namespace Extractor.Pdf;

/// <summary>Walks the page tree depth-first, carrying the inheritable attributes down; nodes seen twice (cycles) are skipped.</summary>
internal static class PageTree
{
    public static List<PdfPage> Walk(PdfDocument document, ObjectStore store, PdfObject? root, ReadContext context)
    {
        var pages = new List<PdfPage>();
        var visited = new HashSet<int>();
        var stack = new Stack<(PdfObject Node, Inherited Inherited, int Depth)>();
        stack.Push((root ?? PdfNull.Instance, Inherited.None, 0));
        while (stack.Count > 0)
        {
            context.CheckDeadline();
            var (node, inherited, depth) = stack.Pop();
            ObjectId? id = node is PdfReference reference ? reference.Id : null;
            if (id is { } seen && !visited.Add(seen.Number))
            {
                context.Repair($"page tree reaches {seen} twice; skipped");
                continue;
            }

            if (store.Resolve(node) is not PdfDictionary dictionary)
            {
                context.Repair($"page tree node {node} is not a dictionary; skipped");
                continue;
            }

            inherited = inherited.Under(dictionary);
            var kids = store.Resolve(dictionary["Kids"]) as PdfArray;
            var type = dictionary.GetName("Type");
            if (type == "Page" || (type != "Pages" && kids is null))
            {
                pages.Add(MakePage(document, store, pages.Count + 1, id, dictionary, inherited, context));
                continue;
            }

            if (depth >= context.Options.MaxNestingDepth)
            {
                throw new PdfLimitExceededException(nameof(PdfReadOptions.MaxNestingDepth), $"the page tree nests deeper than {context.Options.MaxNestingDepth}");
            }

            for (var i = (kids?.Count ?? 0) - 1; i >= 0; i--)
            {
                stack.Push((kids![i], inherited, depth + 1));
            }
        }

        return pages;
    }

    private static PdfPage MakePage(PdfDocument document, ObjectStore store, int number, ObjectId? id, PdfDictionary dictionary, Inherited inherited, ReadContext context)
    {
        var mediaBox = BoxOf(store, inherited.MediaBox);
        if (mediaBox is null)
        {
            context.Repair($"page {number} has no readable /MediaBox; taken as US Letter");
        }

        var media = mediaBox ?? PdfRectangle.Letter;
        var crop = BoxOf(store, inherited.CropBox) ?? media;
        var resources = store.Resolve(inherited.Resources) as PdfDictionary ?? PdfDictionary.Empty;
        return new PdfPage(document, number, id, dictionary, media, crop, RotationOf(store, inherited.Rotate, number, context), resources);
    }

    private static PdfRectangle? BoxOf(ObjectStore store, PdfObject? value)
    {
        if (store.Resolve(value) is not PdfArray { Count: 4 } array)
        {
            return null;
        }

        var numbers = array.Select(item => store.Resolve(item)).OfType<PdfNumber>().Select(n => n.AsDouble()).ToArray();
        return numbers.Length == 4 ? PdfRectangle.FromCorners(numbers[0], numbers[1], numbers[2], numbers[3]) : null;
    }

    private static int RotationOf(ObjectStore store, PdfObject? value, int number, ReadContext context)
    {
        if (store.Resolve(value) is not PdfNumber rotate)
        {
            return 0;
        }

        var degrees = (int)(((long)rotate.AsDouble() % 360 + 360) % 360);
        if (degrees % 90 != 0)
        {
            context.Repair($"page {number} has /Rotate {rotate}, not a multiple of 90; rounded down");
        }

        return degrees / 90 * 90;
    }

    /// <summary>The attributes a page takes from its ancestors when it lacks them.</summary>
    private sealed record Inherited(PdfObject? Resources, PdfObject? MediaBox, PdfObject? CropBox, PdfObject? Rotate)
    {
        public static readonly Inherited None = new(null, null, null, null);

        public Inherited Under(PdfDictionary node) => new(
            node["Resources"] ?? Resources,
            node["MediaBox"] ?? MediaBox,
            node["CropBox"] ?? CropBox,
            node["Rotate"] ?? Rotate);
    }
}
