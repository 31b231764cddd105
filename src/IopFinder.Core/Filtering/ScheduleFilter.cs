
namespace IopFinder.Core.Filtering;

/// <summary>
/// A condition on one schedule track (time of day, days, hours a week): the search requires one track to
/// meet all three together, while the checklist credits each alone, which <see cref="Alone"/> gives.
/// </summary>
public abstract record ScheduleFilter : FilterDefinition
{
    /// <inheritdoc/>
    public sealed override bool IsSchedule => true;

    /// <summary>This condition as <see cref="ScheduleRule"/> tests it, the other two left at "any" (0, 0, infinity).</summary>
    public abstract (byte Times, byte Days, double MaxHours) Alone(SearchQuery query);
}
