using System.Globalization;

namespace IopFinder.Core.Filtering;

/// <summary>A site within the radius of a place, or virtual care stated for its state (<see cref="ReachRule"/>).</summary>
public sealed record NearFilter : FilterDefinition
{
    /// <summary>Fewest and most miles a radius may be.</summary>
    public const double MinRadius = 1, MaxRadius = 500;

    /// <summary>Longest place kept; a longer one is cut (no place name is longer).</summary>
    public const int MaxPlaceLength = 100;

    /// <inheritdoc/>
    public override FilterKind Kind => FilterKind.Near;

    /// <inheritdoc/>
    public override ParameterSchema Schema(Taxonomy.Taxonomy taxonomy) =>
        new(ParameterShape.Text, "A 5-digit ZIP, \"City, ST\", a city, or \"lat,lon\".") { MaxLength = MaxPlaceLength };

    /// <summary>The place as typed (cut to <see cref="MaxPlaceLength"/>) and its radius, which means nothing without it.</summary>
    public override SearchQuery Parse(SearchQuery query, QueryReading reading)
    {
        var near = reading.Single(Parameter) is { } place ? (place.Length > MaxPlaceLength ? place[..MaxPlaceLength] : place) : "";
        var radius = reading.Number(SearchParameters.Radius, MinRadius, MaxRadius) ?? SearchQuery.DefaultRadius;
        return query with { Near = near, Radius = radius };
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Selected(SearchQuery query) => query.Near.Length > 0 ? [query.Near] : [];

    /// <summary>The place, then its radius unless it is the default.</summary>
    public override IEnumerable<KeyValuePair<string, string?>> QueryPairs(SearchQuery query)
    {
        if (query.Near.Length == 0) yield break;
        yield return new(Parameter, query.Near);
        if (query.Radius != SearchQuery.DefaultRadius) yield return new(SearchParameters.Radius, query.Radius.ToString(CultureInfo.InvariantCulture));
    }
}
