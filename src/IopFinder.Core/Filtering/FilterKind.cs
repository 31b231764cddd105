namespace IopFinder.Core.Filtering;

/// <summary>
/// The kinds of filter, in the order their search bits are laid out (see <c>FilterBitLayout</c>): code
/// calls the filter object rather than switching on this; it stays for that order and for describing a
/// filter to API readers.
/// </summary>
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
    /// <summary>A yes/no fact the listing may leave out (accepting new patients).</summary>
    Flag,
}
