using System.Text.Json.Serialization.Metadata;
using IopFinder.Core.Fields;
using IopFinder.Web.Programs;

namespace IopFinder.Web;

/// <summary>
/// Adds one JSON property per term field of <see cref="ListingFields"/> to <see cref="ProgramDetailDto"/>
/// (named by its YAML key, after <c>url</c>), so a new term field reaches the API and its OpenAPI schema
/// without a new DTO property.
/// </summary>
public static class ProgramDetailJson
{
    /// <summary>The API's source-generated JSON with the term fields added: what the site serializes and OpenAPI describes.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = ApiJson.Default.WithAddedModifier(AddTermFields);

    /// <summary>A <see cref="IJsonTypeInfoResolver"/> modifier; leaves every other type alone.</summary>
    public static void AddTermFields(JsonTypeInfo info)
    {
        if (info.Type != typeof(ProgramDetailDto)) return;
        var at = info.Properties.ToList().FindIndex(p => p.Name == "url") + 1;
        foreach (var field in ListingFields.TermFields)
        {
            var vocabulary = field.Vocabulary!;
            var property = info.CreateJsonPropertyInfo(typeof(IReadOnlyList<string>), field.Key);
            property.Get = dto => ((ProgramDetailDto)dto).Terms[vocabulary];
            info.Properties.Insert(at++, property);
        }
    }
}
