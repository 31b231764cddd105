using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Simplify;

namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Where each state's count goes so every state with programs has one, none overlaps another, and
/// all stay readable at a phone's width: inside the state when the text mostly fits there (from the
/// roomiest states down, nudged within the state when a neighbour's count is in the way), otherwise in
/// the nearest open sea or margin with a leader line (the small states of the Northeast, DC, Hawaii).
/// The shapes never change, so a layout depends only on how wide each count is and is kept.
/// </summary>
internal sealed class NationalLabelLayout
{
    // Digits of a sans-serif face are at most about 0.64 em wide (DejaVu Sans); a comma about 0.32 em.
    private const double DigitWidth = 0.64, CommaWidth = 0.32, TextHeight = 0.8, Gap = 3;
    // A count may spill a little over its state's edge (the halo keeps it readable), not mostly.
    private const double InsideShare = 0.55;
    // Beyond this share of the width lie the Atlantic states, whose counts go out to sea eastward.
    private const double EastHalf = 0.6;
    private static readonly GeometryFactory Factory = new();

    private readonly Dictionary<string, IPreparedGeometry> _shapes;
    private readonly IPreparedGeometry _land;
    private readonly double _font, _width, _height;
    private readonly Dictionary<string, IReadOnlyList<MapLabel>> _kept = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public NationalLabelLayout(IReadOnlyList<(MapState State, Geometry Shape)> states, double fontSize, double width, double height)
    {
        _font = fontSize;
        (_width, _height) = (width, height);
        // A unit of detail is far below a label's size: simplified shapes make every test a few points.
        var simple = states.Select(s => (s.State.Region.State, Shape: DouglasPeuckerSimplifier.Simplify(s.Shape, 1))).ToList();
        _shapes = simple.ToDictionary(s => s.State, s => PreparedGeometryFactory.Prepare(s.Shape), StringComparer.Ordinal);
        _land = PreparedGeometryFactory.Prepare(Factory.BuildGeometry(simple.Select(s => s.Shape)).Buffer(Gap));
    }

    /// <summary>Labels for the states with a count above 0, in the order of <paramref name="states"/>.</summary>
    public IReadOnlyList<MapLabel> Place(IReadOnlyList<MapState> states)
    {
        var key = string.Join(',', states.Select(s => s.Count > 0 ? Text(s.Count).Length : 0));
        lock (_lock) if (_kept.TryGetValue(key, out var kept)) return Named(kept, states);
        var placed = Layout(states);
        lock (_lock)
        {
            // Few distinct shapes of counts occur; a bound keeps odd requests from growing it.
            if (_kept.Count > 256) _kept.Clear();
            _kept[key] = placed;
        }
        return Named(placed, states);
    }

    /// <summary>"1,234": the text of a count.</summary>
    public static string Text(int count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    // A kept layout fits any counts of the same widths: only the texts change.
    private static List<MapLabel> Named(IReadOnlyList<MapLabel> layout, IReadOnlyList<MapState> states)
    {
        var counts = states.ToDictionary(s => s.Region.State, s => s.Count, StringComparer.Ordinal);
        return [.. layout.Select(l => l with { Text = Text(counts[l.State]) })];
    }

    private List<MapLabel> Layout(IReadOnlyList<MapState> states)
    {
        var boxes = new List<Envelope>();
        var labels = new Dictionary<string, MapLabel>(StringComparer.Ordinal);
        var counted = states.Where(s => s.Count > 0).ToList();
        var outside = new List<MapState>();
        foreach (var state in counted.OrderBy(s => s.LabelRadius))
        {
            var text = Text(state.Count);
            var spot = Inside(state, _shapes[state.Region.State], text, boxes);
            if (spot is { } at) labels[state.Region.State] = new MapLabel(state.Region.State, text, at, null, state.Label);
            else outside.Add(state);
        }
        // North to south, so the small states of the Northeast line up down the coast in their order.
        foreach (var state in outside.OrderBy(s => s.Label.Y))
        {
            var text = Text(state.Count);
            var (at, leader) = Outside(state, text, boxes);
            labels[state.Region.State] = new MapLabel(state.Region.State, text, at, leader, state.Label);
        }
        Uncross(labels, outside.Select(s => s.Region.State).ToList());
        return [.. counted.Select(s => labels[s.Region.State])];
    }

    /// <summary>Two leaders that cross trade their texts' places when the texts still fit there: lines that cross read as the wrong state.</summary>
    private void Uncross(Dictionary<string, MapLabel> labels, List<string> states)
    {
        for (var round = 0; round < states.Count * states.Count; round++)
        {
            var swapped = false;
            for (var i = 0; i < states.Count && !swapped; i++)
            {
                for (var j = i + 1; j < states.Count && !swapped; j++)
                {
                    var (a, b) = (labels[states[i]], labels[states[j]]);
                    if (a.Leader is null || b.Leader is null || !Cross(a.From, a.Leader.Value, b.From, b.Leader.Value)) continue;
                    var (movedA, movedB) = (Led(a, b.At), Led(b, a.At));
                    var others = labels.Values.Where(l => l.State != a.State && l.State != b.State).Select(l => Grown(Box(l.At, l.Text))).ToList();
                    var (boxA, boxB) = (Box(movedA.At, movedA.Text), Box(movedB.At, movedB.Text));
                    if (boxA.Intersects(boxB) || others.Any(o => o.Intersects(boxA) || o.Intersects(boxB))) continue;
                    if (_land.Intersects(Factory.ToGeometry(boxA)) || _land.Intersects(Factory.ToGeometry(boxB))) continue;
                    (labels[a.State], labels[b.State]) = (movedA, movedB);
                    swapped = true;
                }
            }
            if (!swapped) return;
        }
    }

    private MapLabel Led(MapLabel label, MapPoint at)
    {
        var box = Box(at, label.Text);
        return label with { At = at, Leader = End(label.From, box) };
    }

    private static MapPoint End(MapPoint from, Envelope box) => new(Math.Clamp(from.X, box.MinX, box.MaxX), Math.Clamp(from.Y, box.MinY, box.MaxY));

    private static bool Cross(MapPoint a1, MapPoint a2, MapPoint b1, MapPoint b2)
    {
        static double Side(MapPoint p, MapPoint q, MapPoint r) => Math.Sign((q.X - p.X) * (r.Y - p.Y) - (q.Y - p.Y) * (r.X - p.X));
        return Side(a1, a2, b1) * Side(a1, a2, b2) < 0 && Side(b1, b2, a1) * Side(b1, b2, a2) < 0;
    }

    private MapPoint? Inside(MapState state, IPreparedGeometry shape, string text, List<Envelope> boxes)
    {
        // The label spot first, then ever farther within the state's inscribed circle.
        foreach (var at in Around(state.Label, 0, Math.Max(state.LabelRadius * 0.9, 1), _font / 4))
        {
            var box = Box(at, text);
            if (boxes.Any(b => b.Intersects(box))) continue;
            if (!Within(shape, at.X, at.Y) || InsideShareOf(shape, box) < InsideShare) continue;
            boxes.Add(Grown(box));
            return at;
        }
        return null;
    }

    private (MapPoint At, MapPoint? Leader) Outside(MapState state, string text, List<Envelope> boxes)
    {
        // East of the eastern states, where the sea is: a count west of its state would sit among others.
        var eastOnly = state.Label.X > _width * EastHalf;
        foreach (var at in Around(state.Label, _font, _width / 3, _font / 3))
        {
            if (eastOnly && at.X < state.Label.X) continue;
            var box = Box(at, text);
            if (box.MinX < 0 || box.MinY < 0 || box.MaxX > _width || box.MaxY > _height) continue;
            if (boxes.Any(b => b.Intersects(box)) || _land.Intersects(Factory.ToGeometry(box))) continue;
            boxes.Add(Grown(box));
            // The leader ends at the text's box, on the side facing the state.
            return (at, End(state.Label, box));
        }
        // No open room anywhere near (never so on the real frame): the count stays on its state rather than vanish.
        boxes.Add(Grown(Box(state.Label, text)));
        return (state.Label, null);
    }

    /// <summary>The share of a grid of points over the box that lies in the shape: about the share of its area.</summary>
    private static double InsideShareOf(IPreparedGeometry shape, Envelope box)
    {
        const int Across = 5, Down = 3;
        var inside = 0;
        for (var i = 0; i < Across; i++)
        {
            for (var j = 0; j < Down; j++)
            {
                if (Within(shape, box.MinX + box.Width * i / (Across - 1), box.MinY + box.Height * j / (Down - 1))) inside++;
            }
        }
        return inside / (double)(Across * Down);
    }

    private static bool Within(IPreparedGeometry shape, double x, double y) => shape.Contains(Factory.CreatePoint(new Coordinate(x, y)));

    /// <summary>Points on rings around <paramref name="centre"/>, nearest first: the centre, then 16 directions a ring.</summary>
    private static IEnumerable<MapPoint> Around(MapPoint centre, double from, double to, double step)
    {
        if (from <= 0) yield return centre;
        for (var r = Math.Max(from, step); r <= to; r += step)
        {
            for (var k = 0; k < 16; k++)
            {
                var angle = k * Math.PI / 8;
                yield return new MapPoint(Math.Round(centre.X + r * Math.Cos(angle)), Math.Round(centre.Y + r * Math.Sin(angle)));
            }
        }
    }

    private Envelope Box(MapPoint at, string text) => TextBox(at, text, _font);

    /// <summary>The room a count's text takes, centred on <paramref name="at"/>, at most (the widest digits of common sans-serif faces).</summary>
    internal static Envelope TextBox(MapPoint at, string text, double fontSize)
    {
        var width = text.Sum(c => c == ',' ? CommaWidth : DigitWidth) * fontSize;
        var height = TextHeight * fontSize;
        return new Envelope(at.X - width / 2, at.X + width / 2, at.Y - height / 2, at.Y + height / 2);
    }

    private static Envelope Grown(Envelope box)
    {
        var grown = box.Copy();
        grown.ExpandBy(Gap);
        return grown;
    }
}
