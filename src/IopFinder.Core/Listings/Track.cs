namespace IopFinder.Core.Listings;

/// <summary>One schedule a patient can attend: the days it meets and its hours, local to the program.</summary>
public sealed record Track
{
    /// <summary>The track's name as staff wrote it ("Evening"), or a generated one.</summary>
    public required string Name { get; init; }
    /// <summary>The days it meets, in week order.</summary>
    public required IReadOnlyList<DayOfWeek> Days { get; init; }
    /// <summary>Start time.</summary>
    public required TimeOnly Start { get; init; }
    /// <summary>End time, after <see cref="Start"/>.</summary>
    public required TimeOnly End { get; init; }
    /// <summary>Derived: days × (end − start), in hours.</summary>
    public double HoursPerWeek { get; init; }
    /// <summary>Derived: when the track starts.</summary>
    public TimeOfDayBand TimeOfDay { get; init; }
}
