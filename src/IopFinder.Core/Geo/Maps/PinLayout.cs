namespace IopFinder.Core.Geo.Maps;

/// <summary>
/// Places pins so none covers another or the searched place: in number order, each pin takes its true
/// position if free, else the first free spot on rings around it. Pins whose true positions overlap
/// (closer than two pin radii, chained) form a group.
/// </summary>
internal static class PinLayout
{
    private const double RingStep = 2.1;
    private const int MaxRings = 10;

    public static (IReadOnlyList<MapPin> Pins, IReadOnlyList<MapPinGroup> Groups) Arrange(
        IReadOnlyList<(PinLocation Source, MapPoint At)> pins, MapPoint origin, double pinRadius, double width, double height)
    {
        var groupOf = Groups(pins, pinRadius, out var groups);
        // The searched place's marker is about half a pin wide.
        var taken = new List<(MapPoint Centre, double Radius)> { (origin, pinRadius * 0.6) };
        var shown = new MapPoint[pins.Count];
        foreach (var i in Enumerable.Range(0, pins.Count).OrderBy(i => pins[i].Source.Number))
        {
            var spot = Candidates(pins[i].At, pinRadius)
                .Select(c => Clamp(c, pinRadius, width, height))
                .FirstOrDefault(c => taken.All(t => Distance(c, t.Centre) >= pinRadius + t.Radius - 0.01), pins[i].At);
            shown[i] = spot;
            taken.Add((spot, pinRadius));
        }
        var result = pins.Select((p, i) => new MapPin(p.Source.ListingId, p.Source.Number, p.At, shown[i], groupOf[i])).ToArray();
        return (result, groups);
    }

    /// <summary>Groups of pins whose true positions overlap; the group of each pin, or null when alone.</summary>
    private static int?[] Groups(IReadOnlyList<(PinLocation Source, MapPoint At)> pins, double pinRadius, out IReadOnlyList<MapPinGroup> groups)
    {
        var parent = Enumerable.Range(0, pins.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < pins.Count; i++)
        {
            for (var j = i + 1; j < pins.Count; j++)
            {
                if (Distance(pins[i].At, pins[j].At) < 2 * pinRadius) parent[Root(i)] = Root(j);
            }
        }
        var groupOf = new int?[pins.Count];
        var list = new List<MapPinGroup>();
        var clusters = Enumerable.Range(0, pins.Count).GroupBy(Root).Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(i => pins[i].Source.Number).ToArray())
            .OrderBy(members => pins[members[0]].Source.Number);
        foreach (var members in clusters)
        {
            var centre = new MapPoint(members.Average(i => pins[i].At.X), members.Average(i => pins[i].At.Y));
            foreach (var i in members) groupOf[i] = list.Count;
            list.Add(new MapPinGroup(list.Count, centre, [.. members.Select(i => pins[i].Source.Number)]));
        }
        groups = list;
        return groupOf;
    }

    /// <summary>The true position, then spots on rings around it: six on the first, twelve on the next…</summary>
    private static IEnumerable<MapPoint> Candidates(MapPoint at, double pinRadius)
    {
        yield return at;
        for (var ring = 1; ring <= MaxRings; ring++)
        {
            var slots = 6 * ring;
            var distance = ring * RingStep * pinRadius;
            for (var s = 0; s < slots; s++)
            {
                var angle = -Math.PI / 2 + 2 * Math.PI * s / slots;
                yield return new MapPoint(at.X + distance * Math.Cos(angle), at.Y + distance * Math.Sin(angle));
            }
        }
    }

    private static double Distance(MapPoint a, MapPoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    private static MapPoint Clamp(MapPoint p, double pinRadius, double width, double height) =>
        new(Math.Clamp(p.X, pinRadius, Math.Max(pinRadius, width - pinRadius)), Math.Clamp(p.Y, pinRadius, Math.Max(pinRadius, height - pinRadius)));
}
