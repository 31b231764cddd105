namespace IopFinder.Core.Search;

/// <summary>A filter to remove and how many programs its removal would show.</summary>
/// <param name="Parameter">The query parameter ("insurance", "near", "q", ...).</param>
/// <param name="Total">Results without it.</param>
public sealed record LoosenSuggestion(string Parameter, int Total);
