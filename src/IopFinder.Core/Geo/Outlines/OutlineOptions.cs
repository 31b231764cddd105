namespace IopFinder.Core.Geo.Outlines;

/// <summary>How <see cref="UsOutlines"/> treats points just outside an outline.</summary>
public sealed class OutlineOptions
{
    /// <summary>
    /// A point this close (miles) to a state's outline but in none counts as in that state: the
    /// 1:10,000,000 coastlines are generalised, so a pier, a beach or a harbour island can fall just
    /// outside them. Farther out is the sea, a lake or another country.
    /// </summary>
    public double CoastMiles { get; init; } = 1.5;
}
