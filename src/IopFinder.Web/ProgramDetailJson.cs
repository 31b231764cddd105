using System.Text.Json.Serialization.Metadata;
using IopFinder.Core.Fields;
using IopFinder.Web.Programs;

namespace IopFinder.Web;

/// <summary>
/// Adds one JSON property per term field of the site's <see cref="FieldRegistry"/> to <see cref="ProgramDetailDto"/>
/// (named by its YAML key, after <c>url</c>), and one per extra yes/no field (after <c>accepting_new_patients</c>),
/// so a new field reaches the API and its OpenAPI schema without a new DTO property.
/// </summary>
public static class ProgramDetailJson
{
    /// <summary>The API's source-generated JSON with the site's fields added: what the site serializes and OpenAPI describes.</summary>
    public static IJsonTypeInfoResolver For(FieldRegistry fields) => ApiJson.Default.WithAddedModifier(info => AddFields(info, fields));

    /// <summary>A <see cref="IJsonTypeInfoResolver"/> modifier; leaves every other type alone.</summary>
    public static void AddFields(JsonTypeInfo info, FieldRegistry fields)
    {
        if (info.Type != typeof(ProgramDetailDto)) return;
        var at = info.Properties.ToList().FindIndex(p => p.Name == "url") + 1;
        foreach (var field in fields.TermFields)
        {
            var vocabulary = field.Vocabulary!;
            var property = info.CreateJsonPropertyInfo(typeof(IReadOnlyList<string>), field.Key);
            property.Get = dto => ((ProgramDetailDto)dto).Terms[vocabulary];
            info.Properties.Insert(at++, property);
        }
        at = info.Properties.ToList().FindIndex(p => p.Name == "accepting_new_patients") + 1;
        foreach (var field in fields.Extras)
        {
            var key = field.Key;
            var property = info.CreateJsonPropertyInfo(typeof(bool?), key);
            property.Get = dto => ((ProgramDetailDto)dto).Extra.Says(key);
            info.Properties.Insert(at++, property);
        }
    }
}
