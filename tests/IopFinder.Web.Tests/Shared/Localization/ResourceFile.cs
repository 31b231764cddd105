using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>The interface's .resx files read as their source: every key and value, and the English a Spanish page must not show.</summary>
public static partial class ResourceFile
{
    /// <summary>Shortest English wording looked for on Spanish pages: shorter words ("No", "Medicaid") are shared or names.</summary>
    public const int MinFragmentLength = 12;

    /// <summary>What programs wrote themselves, shown as written (names, addresses, descriptions, track names), and text marked as another language.</summary>
    public const string ListingContent = "[lang]:not([lang=es]), .program h1, .result h3, .org, address, .program-body, .contact-list li, .compare-contact, " +
        ".compare-table thead a, .compare-card h3, .questions h3, .schedule-table tbody th, .why, .place-choice a, .map-list a, code, .breadcrumb";

    public static IReadOnlyDictionary<string, string> English { get; } = Read("");

    public static IReadOnlyDictionary<string, string> Spanish { get; } = Read("es");

    /// <summary>
    /// The fixed wording of every English resource (the text between its placeholders and tags) of at least
    /// <see cref="MinFragmentLength"/> characters that no Spanish resource also says: none of it belongs on a Spanish page.
    /// </summary>
    public static IReadOnlyList<string> EnglishFragments { get; } = Fragments();

    public static IReadOnlyDictionary<string, string> Read(string culture) =>
        XDocument.Load(Path.Combine(IopFinder.Core.Tests.Support.Repo.Root, "src", "IopFinder.Web", "Resources", culture.Length == 0 ? "SharedResource.resx" : $"SharedResource.{culture}.resx"))
            .Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);

    /// <summary>The English fragments a page's text holds.</summary>
    public static IReadOnlyList<string> EnglishIn(string text) => [.. EnglishFragments.Where(f => text.Contains(f, StringComparison.Ordinal))];

    /// <summary>The placeholders of a composite format ("{0}", "{1}"), escaped braces left out.</summary>
    public static IReadOnlyList<string> Placeholders(string value) =>
        [.. PlaceholderPattern().Matches(value.Replace("{{", "").Replace("}}", "")).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The markup of a value: each tag with its attributes, in order.</summary>
    public static IReadOnlyList<string> Tags(string value) => [.. TagPattern().Matches(value).Select(m => m.Value)];

    private static List<string> Fragments()
    {
        var spanish = string.Join("\n", Spanish.Values.Select(Plain));
        return [.. English.Where(e => !e.Key.StartsWith("Format.", StringComparison.Ordinal))
            .SelectMany(e => PlaceholderPattern().Split(Plain(e.Value)))
            .Select(f => f.Trim(' ', '.', ',', ':', ';', '(', ')', '—', '·'))
            .Where(f => f.Length >= MinFragmentLength && !spanish.Contains(f, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A value as a page shows it: markup out (a tag splits the text like a placeholder), entities decoded.</summary>
    private static string Plain(string value) => WebUtility.HtmlDecode(TagPattern().Replace(value.Replace("{{", "{").Replace("}}", "}"), "{9}"));

    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
