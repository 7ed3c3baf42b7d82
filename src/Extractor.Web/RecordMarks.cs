using Extractor.Records;
using Extractor.Store;

namespace Extractor.Web;

/// <summary>A record's quantity as it stands in a paragraph or note: where, and what it says.</summary>
internal sealed record RecordMark(int Start, int Length, string Title);

/// <summary>
/// Where each record of a report stands: in the first paragraph of its section (or its note) that holds
/// its clause, after the one the previous record stood in, since records come in document order.
/// A record whose clause is found nowhere is left unmarked; it still stands in the records table.
/// </summary>
internal sealed class RecordMarks
{
    private readonly Dictionary<object, List<RecordMark>> _marks = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<RecordMark> In(StoredParagraph paragraph) => Sorted(paragraph);

    public IReadOnlyList<RecordMark> In(StoredFootnote note) => Sorted(note);

    public static RecordMarks Place(StoredReportView report)
    {
        var marks = new RecordMarks();
        var sectionPaths = report.Sections.ToDictionary(s => s.Id, s => s.Path);
        var bySection = report.Paragraphs.GroupBy(p => p.SectionId is { } id ? sectionPaths[id] : "").ToDictionary(g => g.Key, g => g.ToList());
        var notes = report.Footnotes.ToDictionary(n => n.Number);
        var cursor = new Dictionary<string, int>();
        foreach (var record in report.Records)
        {
            if (record.Source == RecordSource.Footnote)
            {
                if (record.Footnote is { } number && notes.TryGetValue(number, out var note))
                {
                    marks.Add(note, note.Text, record);
                }

                continue;
            }

            var paragraphs = bySection.GetValueOrDefault(record.Section, []);
            for (var i = cursor.GetValueOrDefault(record.Section); i < paragraphs.Count; i++)
            {
                if (marks.Add(paragraphs[i], paragraphs[i].Text, record))
                {
                    cursor[record.Section] = i;
                    break;
                }
            }
        }

        return marks;
    }

    /// <summary>Marks the record's quantity in <paramref name="text"/> when its clause is there and the place is free.</summary>
    private bool Add(object holder, string text, IndicatorRecord record)
    {
        var clause = text.IndexOf(record.Evidence, StringComparison.Ordinal);
        if (clause < 0)
        {
            return false;
        }

        var start = text.IndexOf(record.Raw, clause, StringComparison.Ordinal);
        if (start < 0 || start + record.Raw.Length > clause + record.Evidence.Length)
        {
            return true;
        }

        var marks = _marks.TryGetValue(holder, out var list) ? list : _marks[holder] = [];
        if (!marks.Any(m => m.Start < start + record.Raw.Length && start < m.Start + m.Length))
        {
            marks.Add(new RecordMark(start, record.Raw.Length, Title(record)));
        }

        return true;
    }

    private static string Title(IndicatorRecord record)
    {
        var title = $"{record.Indicator}: {Numbers.Vietnamese(record.Value)} {record.Unit}";
        if (record.PlanPercent is { } plan)
        {
            title += $", đạt {Numbers.Vietnamese(plan)}% kế hoạch";
        }

        if (record.YearOnYearPercent is { } yoy)
        {
            title += $", bằng {Numbers.Vietnamese(yoy)}% cùng kỳ";
        }

        return title;
    }

    private IReadOnlyList<RecordMark> Sorted(object holder) =>
        _marks.TryGetValue(holder, out var marks) ? [.. marks.OrderBy(m => m.Start)] : [];
}

/// <summary>The paragraph or note a search hit opens the report at: the first whose text holds the hit's passage.</summary>
internal sealed class HitLocation
{
    private readonly object? _holder;

    private HitLocation(object? holder) => _holder = holder;

    /// <param name="paragraphs">In the order the page shows them.</param>
    public static HitLocation Find(IEnumerable<StoredParagraph> paragraphs, IEnumerable<StoredFootnote> notes, string? passage)
    {
        if (string.IsNullOrEmpty(passage))
        {
            return new HitLocation(null);
        }

        bool Holds(string text) => text.Contains(passage, StringComparison.Ordinal);
        return new HitLocation(paragraphs.FirstOrDefault(p => Holds(p.Text)) ?? (object?)notes.FirstOrDefault(n => Holds(n.Text)));
    }

    public bool Is(object holder) => ReferenceEquals(holder, _holder);
}
