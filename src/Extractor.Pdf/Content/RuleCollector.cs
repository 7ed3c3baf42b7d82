namespace Extractor.Pdf.Content;

/// <summary>
/// Keeps the path being built (in user space) and, when it is painted, records what layout needs of it: straight
/// horizontal and vertical stroked segments, and filled thin rectangles (rules drawn as bars). Curves are ignored.
/// </summary>
internal sealed class RuleCollector
{
    /// <summary>Thickest filled shape, in points, still taken for a rule rather than a box.</summary>
    private const double ThinLimit = 3;

    /// <summary>How far, in points, a segment may lean and still count as horizontal or vertical.</summary>
    private const double Straightness = 0.5;

    private readonly List<Rule> _rules = [];
    private readonly List<List<PathPoint>> _subpaths = [];
    private List<PathPoint>? _current;
    private PathPoint _start;

    public IReadOnlyList<Rule> Rules => _rules;

    public void MoveTo((double X, double Y) point)
    {
        _start = new PathPoint(point.X, point.Y, ByCurve: false);
        _current = [_start];
        _subpaths.Add(_current);
    }

    public void LineTo((double X, double Y) point) => Continue(new PathPoint(point.X, point.Y, ByCurve: false));

    /// <summary>A curve, of which only the end point matters: it moves the current point without making a rule.</summary>
    public void CurveTo((double X, double Y) end) => Continue(new PathPoint(end.X, end.Y, ByCurve: true));

    public void Close()
    {
        if (_current is { Count: > 1 })
        {
            _current.Add(_start);
        }

        // Drawing on after h starts a new subpath at the closed one's start.
        _current = null;
    }

    /// <summary>A rectangle as four corners already in user space, in drawing order.</summary>
    public void Rectangle(ReadOnlySpan<(double X, double Y)> corners)
    {
        MoveTo(corners[0]);
        foreach (var corner in corners[1..])
        {
            LineTo(corner);
        }

        Close();
    }

    public void Stroke()
    {
        foreach (var path in _subpaths)
        {
            for (var i = 1; i < path.Count; i++)
            {
                var (from, to) = (path[i - 1], path[i]);
                var (dx, dy) = (Math.Abs(to.X - from.X), Math.Abs(to.Y - from.Y));
                if (!to.ByCurve && Math.Max(dx, dy) > Straightness && Math.Min(dx, dy) <= Straightness)
                {
                    _rules.Add(new Rule(from.X, from.Y, to.X, to.Y));
                }
            }
        }

        Discard();
    }

    public void Fill()
    {
        foreach (var path in _subpaths)
        {
            double left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue;
            var curved = false;
            foreach (var point in path)
            {
                (left, right, bottom, top) = (Math.Min(left, point.X), Math.Max(right, point.X), Math.Min(bottom, point.Y), Math.Max(top, point.Y));
                curved |= point.ByCurve;
            }

            double width = right - left, height = top - bottom;
            if (path.Count <= 2 || curved || Math.Min(width, height) > ThinLimit || Math.Max(width, height) <= ThinLimit)
            {
                continue;
            }

            var (midX, midY) = ((left + right) / 2, (bottom + top) / 2);
            _rules.Add(width >= height ? new Rule(left, midY, right, midY) : new Rule(midX, bottom, midX, top));
        }

        Discard();
    }

    public void Discard()
    {
        _subpaths.Clear();
        _current = null;
    }

    private void Continue(PathPoint point)
    {
        if (_current is null)
        {
            MoveTo((_start.X, _start.Y));
        }

        _current!.Add(point);
    }

    private readonly record struct PathPoint(double X, double Y, bool ByCurve);
}
