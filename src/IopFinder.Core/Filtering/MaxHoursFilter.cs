using System.Globalization;

namespace IopFinder.Core.Filtering;

/// <summary>A track takes at most so many hours a week.</summary>
public sealed record MaxHoursFilter : ScheduleFilter
{
    /// <summary>Fewest and most hours a week a search may ask for.</summary>
    public const double Min = 1, Max = 168;

    /// <inheritdoc/>
    public override FilterKind Kind => FilterKind.MaxHours;

    /// <summary>The schedule is one answer, counted with the time filter.</summary>
    public override bool CountsAsAnswer => false;

    /// <inheritdoc/>
    public override SearchQuery Parse(SearchQuery query, QueryReading reading) =>
        query with { MaxHours = reading.Number(Parameter, Min, Max) };

    /// <inheritdoc/>
    public override ParameterSchema Schema(Taxonomy.Taxonomy taxonomy) =>
        new(ParameterShape.Number, "Most hours per week the patient can give.") { Min = Min, Max = Max };

    /// <summary>The limit as the query string writes it ("12", "7.5").</summary>
    public override IReadOnlyList<string> Selected(SearchQuery query) =>
        query.MaxHours is { } hours ? [hours.ToString(CultureInfo.InvariantCulture)] : [];

    /// <inheritdoc/>
    public override (byte Times, byte Days, double MaxHours) Alone(SearchQuery query) => (0, 0, query.MaxHours ?? double.PositiveInfinity);
}
