
namespace IopFinder.Core.Filtering;

/// <summary>A track meets only on days the patient can attend.</summary>
public sealed record DayFilter : ScheduleFilter
{
    /// <inheritdoc/>
    public override FilterKind Kind => FilterKind.Day;
    /// <inheritdoc/>
    public override bool IsChoiceGroup => true;

    /// <summary>The schedule is one answer, counted with the time filter.</summary>
    public override bool CountsAsAnswer => false;

    /// <inheritdoc/>
    public override SearchQuery Parse(SearchQuery query, QueryReading reading) => query with { Days = reading.Known(Parameter, FixedValues) };

    /// <inheritdoc/>
    public override ParameterSchema Schema(Taxonomy.Taxonomy taxonomy) => new(ParameterShape.Values, "A track meets only on these days.") { Values = FixedValues };

    /// <summary>The days allowed, Monday first.</summary>
    public override IReadOnlyList<string> Selected(SearchQuery query) => [.. FixedValues.Where(query.Days.Contains)];

    /// <inheritdoc/>
    public override (byte Times, byte Days, double MaxHours) Alone(SearchQuery query) => (0, ScheduleRule.DaysMask(query.Days), double.PositiveInfinity);
}
