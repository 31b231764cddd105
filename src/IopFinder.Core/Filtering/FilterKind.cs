namespace IopFinder.Core.Filtering;

/// <summary>What a filter reads and how it tests a listing.</summary>
public enum FilterKind
{
    /// <summary>Any of the wanted ids among the listing's terms (condition, insurance, level...).</summary>
    Terms,
    /// <summary>A track starts at a wanted time of day.</summary>
    Time,
    /// <summary>A track meets only on allowed days.</summary>
    Day,
    /// <summary>A track takes at most so many hours a week.</summary>
    MaxHours,
    /// <summary>A site within the radius of a place, or virtual care stated for its state.</summary>
    Near,
    /// <summary>Accepting new patients.</summary>
    Accepting,
}
