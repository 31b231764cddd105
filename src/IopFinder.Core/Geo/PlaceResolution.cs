namespace IopFinder.Core.Geo;

/// <summary>The outcome of reading a <c>near</c> text: the place (null when nothing usable was found) and what to tell the user.</summary>
public sealed record PlaceResolution(ResolvedPlace? Place, PlaceIssue Issue)
{
    /// <summary>A failure with its reason.</summary>
    public static PlaceResolution Fail(PlaceIssue issue) => new(null, issue);
}
