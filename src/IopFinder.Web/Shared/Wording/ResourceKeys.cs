using System.Collections;
using System.Globalization;
using System.Resources;

namespace IopFinder.Web.Shared.Wording;

/// <summary>
/// The names of the interface's resources (the English ones; every language has the same, a test keeps
/// it so), for the few words chosen by whether a more particular resource exists.
/// </summary>
public static class ResourceKeys
{
    /// <summary>The manifest name of <c>Resources/SharedResource.resx</c>.</summary>
    public const string BaseName = "IopFinder.Web.Resources.SharedResource";

    private static readonly Lazy<IReadOnlySet<string>> Keys = new(() =>
    {
        var set = new ResourceManager(BaseName, typeof(SharedResource).Assembly).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"The resource {BaseName} is missing.");
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>Every name.</summary>
    public static IReadOnlySet<string> All => Keys.Value;

    public static bool Contains(string key) => Keys.Value.Contains(key);
}
