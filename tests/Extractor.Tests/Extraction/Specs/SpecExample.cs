using System.Text.RegularExpressions;

namespace Extractor.Tests.Extraction.Specs;

/// <summary>
/// One example of a spec file: the input (a passage, or table rows when every line starts
/// with '|') and the records extraction must give for it, as README.md in this folder describes.
/// </summary>
public sealed partial record SpecExample(string File, int Number, int Line, IReadOnlyList<string> Input, IReadOnlyList<ExpectedRecord> Expected)
{
    private const string Fence = "```";

    public bool IsTable => Input.All(l => l.StartsWith('|'));

    /// <summary>The passage text; lines of a passage are joined by a newline.</summary>
    public string Text => string.Join("\n", Input);

    /// <summary>The table rows: cells between '|', trimmed; Markdown's header separator row (|---|---|) left out.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => Input
        .Where(l => !SeparatorRow().IsMatch(l))
        .Select(l => (IReadOnlyList<string>)l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList())
        .ToList();

    /// <summary>Where a reader finds it: "numbers.md example 3 (line 42)".</summary>
    public string Where => $"{File} example {Number} (line {Line})";

    /// <summary>The test name: file, number and the first words of the input.</summary>
    public string Name
    {
        get
        {
            var words = string.Join(' ', Word().Matches(Text).Select(m => m.Value).Take(6));
            return $"{Path.GetFileNameWithoutExtension(File)} {Number:00} {words}";
        }
    }

    public static IEnumerable<SpecExample> Read(string path)
    {
        var file = Path.GetFileName(path);
        var lines = System.IO.File.ReadAllLines(path);
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != Fence + "example")
            {
                continue;
            }

            var start = i + 1;
            var end = Array.FindIndex(lines, start, l => l.TrimEnd() == Fence);
            var divider = Array.FindIndex(lines, start, l => l.TrimEnd() == "---");
            if (end < 0 || divider < 0 || divider > end)
            {
                throw new FormatException($"{file} line {i + 1}: an example needs its input, a line '---', its records and a closing fence");
            }

            var input = lines[start..divider].Where(l => l.Length > 0).ToList();
            var records = lines[(divider + 1)..end].Where(l => l.Trim().Length > 0).ToList();
            if (input.Count == 0 || records.Count == 0)
            {
                throw new FormatException($"{file} line {i + 1}: an example needs an input and at least one record line, or (none)");
            }

            var expected = records is [var only] && only.Trim() == "(none)"
                ? []
                : records.Select((l, k) => ExpectedRecord.Parse(l, $"{file} line {divider + 2 + k}")).ToList();
            yield return new SpecExample(file, ++number, i + 1, input, expected);
            i = end;
        }
    }

    [GeneratedRegex(@"^\s*\|[\s|:-]*-[\s|:-]*$")]
    private static partial Regex SeparatorRow();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[,./][\p{L}\p{N}]+)*%?")]
    private static partial Regex Word();
}
