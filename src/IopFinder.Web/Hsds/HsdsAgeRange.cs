namespace IopFinder.Web.Hsds;

/// <summary>
/// <c>minimum_age</c> and <c>maximum_age</c> from a listing's age groups, when the groups make one unbroken
/// range (teens and young adults: 13–25). Groups with a gap between them (children and adults) or a group
/// without known bounds give neither: a range would claim ages the program does not serve.
/// </summary>
public static class HsdsAgeRange
{
    // The bounds the labels of taxonomy.yml state ("Teens (13–17)"); null where a group has no bound.
    private static readonly Dictionary<string, (int? Min, int? Max)> Groups = new(StringComparer.Ordinal)
    {
        ["children"] = (null, 12),
        ["adolescents"] = (13, 17),
        ["young-adults"] = (18, 25),
        ["adults"] = (18, null),
        ["older-adults"] = (65, null),
    };

    public static (int? Min, int? Max) Of(IReadOnlyList<string> ages)
    {
        if (ages.Count == 0 || ages.Any(a => !Groups.ContainsKey(a))) return (null, null);
        var ranges = ages.Select(a => Groups[a]).Select(g => (Min: g.Min ?? 0, Max: g.Max ?? int.MaxValue)).OrderBy(r => r.Min).ToList();
        var (min, max) = ranges[0];
        foreach (var range in ranges.Skip(1))
        {
            if (range.Min > max + 1L) return (null, null);
            max = Math.Max(max, range.Max);
        }
        return (min == 0 ? null : min, max == int.MaxValue ? null : max);
    }
}
