namespace IopFinder.Web.Search;

/// <summary>The map a search page shows: its figure (inline SVG) and, for the national map, the same counts as a list of links.</summary>
/// <param name="Html">The figure, ready to write into the page.</param>
/// <param name="States">Each state or territory with programs, by name; empty for a local map (the results are its list).</param>
public sealed record SearchMap(string Html, IReadOnlyList<StateLink> States);

/// <summary>A state's count on the national map and the search in that state.</summary>
public sealed record StateLink(string Name, int Count, string Url);
