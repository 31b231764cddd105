namespace IopFinder.Core.Geo;

/// <summary>A place found in free text.</summary>
/// <param name="Near">The place as a <c>near</c> value: the ZIP ("60614") or "City, ST".</param>
/// <param name="Place">The resolved place.</param>
/// <param name="Rest">The other words, in their order, single-spaced ("dbt").</param>
public sealed record TextPlace(string Near, ResolvedPlace Place, string Rest);
