namespace IopFinder.Core.Listings;

/// <summary>When a track starts: morning before 12:00, afternoon 12:00–16:59, evening from 17:00.</summary>
public enum TimeOfDayBand
{
    /// <summary>Starts before noon.</summary>
    Morning,
    /// <summary>Starts from noon to 16:59.</summary>
    Afternoon,
    /// <summary>Starts at 17:00 or later.</summary>
    Evening,
}
