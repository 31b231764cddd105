namespace IopFinder.Core.Filtering;

/// <summary>Result order.</summary>
public enum SearchSort
{
    /// <summary>Best text match first; by name without text.</summary>
    Relevance,
    /// <summary>Nearest first; virtual-only matches after every program in reach.</summary>
    Distance,
    /// <summary>Alphabetical by name.</summary>
    Name,
    /// <summary>Fewest hours per week first; programs without a schedule last.</summary>
    Hours,
}
