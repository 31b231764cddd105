namespace IopFinder.Core.Geo.Outlines;

/// <summary>A state or county of the Census outlines.</summary>
/// <param name="Fips">FIPS code: two digits for a state ("25"), five for a county ("25017").</param>
/// <param name="Name">The Census name ("Massachusetts", "Middlesex").</param>
/// <param name="State">USPS code of the state it is or lies in ("MA").</param>
public sealed record Region(string Fips, string Name, string State);
