using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>A track starts at one of the wanted times of day.</summary>
public sealed record TimeFilter : ScheduleFilter
{
    /// <inheritdoc/>
    public override FilterKind Kind => FilterKind.Time;
    /// <inheritdoc/>
    public override bool IsChoiceGroup => true;

    /// <inheritdoc/>
    public override SearchQuery Parse(SearchQuery query, QueryReading reading) => query with { Times = reading.Known(Parameter, FixedValues) };

    /// <inheritdoc/>
    public override ParameterSchema Schema(Taxonomy.Taxonomy taxonomy) =>
        new(ParameterShape.Values, "A track starts at any of these times (with day and max_hours: the same track).") { Values = FixedValues };

    /// <summary>The times asked, in the order of the day.</summary>
    public override IReadOnlyList<string> Selected(SearchQuery query) => [.. FixedValues.Where(query.Times.Contains)];

    /// <summary>A listing with any track answers the whole schedule.</summary>
    public override bool Answers(Listing listing) => listing.Schedule.Count > 0;

    /// <inheritdoc/>
    public override (byte Times, byte Days, double MaxHours) Alone(SearchQuery query) => (ScheduleRule.TimesMask(query.Times), 0, double.PositiveInfinity);
}
