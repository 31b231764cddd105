using IopFinder.Core.Listings;
using System.Text.Json.Nodes;
using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IopFinder.Web.Shared.Api;

/// <summary>
/// Lists the search parameters on the endpoints that take them, from the filter definitions and the
/// serving catalog's taxonomy (their allowed values), so the document never needs a second list.
/// </summary>
public static class SearchParametersDocument
{
    /// <summary>The endpoint takes the search parameters and, with <paramref name="checklist"/>, the checklist's <c>ids</c> and importances.</summary>
    public static TBuilder WithSearchParameters<TBuilder>(this TBuilder builder, bool checklist = false) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var index = context.ApplicationServices.GetRequiredService<CatalogStore>().Current.Index;
            operation.Parameters ??= [];
            foreach (var parameter in Parameters(index.Catalog.Taxonomy, index.Registry, checklist)) operation.Parameters.Add(parameter);
            return Task.CompletedTask;
        });

    /// <summary>Every query parameter of a search (and, for a comparison, of the checklist).</summary>
    public static IEnumerable<OpenApiParameter> Parameters(Core.Taxonomy.Taxonomy taxonomy, FilterRegistry filters, bool checklist)
    {
        yield return Query(SearchParameters.Text, "Free text: plain words, never query syntax (cut at 200 characters).", Text(maxLength: SearchQueryParser.MaxTextLength));
        foreach (var filter in filters.All) yield return Query(filter.Parameter, filter.Schema(taxonomy));
        yield return Query(SearchParameters.Radius, "Miles from near.", Number(1, 500, SearchQuery.DefaultRadius));
        yield return Query(SearchParameters.IncludeUnknown, "After the matches, also list the programs that don't say (each with unknown: [filters]).", Boolean());
        yield return Query(SearchParameters.Sort, "Order of results.", Enum(["relevance", "distance", "name", "hours"]));
        yield return Query(SearchParameters.Page, "Page, from 1.", Number(1, 10_000, 1, integer: true));
        yield return Query(SearchParameters.Size, "Results per page.", Number(1, SearchQuery.MaxSize, SearchQuery.DefaultSize, integer: true));
        yield return Query(SearchParameters.Language, "Interface language of the words in the answer (warnings, why, questions).", Enum(["en", "es"]));
        if (!checklist) yield break;
        yield return new OpenApiParameter
        {
            Name = NeedNames.Ids, In = ParameterLocation.Query, Required = true,
            Description = $"The programs to compare, comma-separated: at most {NeedNames.MaxPrograms}.", Schema = Text(),
        };
        foreach (var need in NeedNames.AllOf(filters).Order(StringComparer.Ordinal))
        {
            yield return Query(NeedNames.WeightPrefix + need, $"Importance of '{need}': 0 doesn't matter, 1 nice to have, 2 important, 3 must have.", Number(0, 3, null, integer: true));
        }
    }

    /// <summary>A filter's parameter as its definition describes it.</summary>
    private static OpenApiParameter Query(string name, ParameterSchema schema) => Query(name, schema.Description, schema.Shape switch
    {
        ParameterShape.Values => new OpenApiSchema { Type = JsonSchemaType.Array, Items = Enum(schema.Values) },
        ParameterShape.Number => Number(schema.Min ?? 0, schema.Max ?? double.MaxValue, null),
        ParameterShape.Text => Text(schema.MaxLength),
        _ => Boolean(),
    });

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description, Schema = schema,
        Style = schema.Type == JsonSchemaType.Array ? ParameterStyle.Form : null,
        Explode = schema.Type == JsonSchemaType.Array,
    };

    private static OpenApiSchema Enum(IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };

    private static OpenApiSchema Text(int? maxLength = null) => new() { Type = JsonSchemaType.String, MaxLength = maxLength };

    private static OpenApiSchema Boolean() => new() { Type = JsonSchemaType.Boolean };

    private static OpenApiSchema Number(double min, double max, double? byDefault, bool integer = false) => new()
    {
        Type = integer ? JsonSchemaType.Integer : JsonSchemaType.Number,
        Minimum = min.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = byDefault is { } d ? JsonValue.Create(d) : null,
    };
}
