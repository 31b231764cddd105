using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IopFinder.Web.Tests.Localization;

/// <summary>A .resx file of the interface read as its source: every key and value.</summary>
public static partial class ResourceFile
{
    public static string PathOf(string culture) =>
        Path.Combine(SiteFactory.RepoRoot, "src", "IopFinder.Web", "Resources", culture.Length == 0 ? "SharedResource.resx" : $"SharedResource.{culture}.resx");

    public static IReadOnlyDictionary<string, string> Read(string culture) =>
        XDocument.Load(PathOf(culture)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> English { get; } = Read("");

    public static IReadOnlyDictionary<string, string> Spanish { get; } = Read("es");

    /// <summary>The placeholders of a composite format ("{0}", "{1}"), escaped braces left out.</summary>
    public static IReadOnlyList<string> Placeholders(string value) =>
        [.. PlaceholderPattern().Matches(value.Replace("{{", "").Replace("}}", "")).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The markup of a value: each tag with its attributes, in order.</summary>
    public static IReadOnlyList<string> Tags(string value) => [.. TagPattern().Matches(value).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
