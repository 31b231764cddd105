namespace IopFinder.Core.Filtering;

/// <summary>
/// What a filter's query parameter takes, as an API description states it: its shape, its allowed values
/// (a repeated or comma-separated list), its number range or length limit, and one English sentence for
/// developers reading the OpenAPI document (API documentation, not interface words).
/// </summary>
/// <param name="Shape">A list of ids, a number, free text or a yes/no flag.</param>
/// <param name="Description">What the parameter asks, for the API document.</param>
public sealed record ParameterSchema(ParameterShape Shape, string Description)
{
    /// <summary>The ids a <see cref="ParameterShape.Values"/> parameter accepts, in the order pages show them.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The range of a <see cref="ParameterShape.Number"/>.</summary>
    public double? Min { get; init; }

    /// <summary>The range of a <see cref="ParameterShape.Number"/>.</summary>
    public double? Max { get; init; }

    /// <summary>The longest <see cref="ParameterShape.Text"/> kept.</summary>
    public int? MaxLength { get; init; }
}
