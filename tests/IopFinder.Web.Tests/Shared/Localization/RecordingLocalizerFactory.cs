using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>The site's localizers, noting every name asked for that has no resource.</summary>
public sealed class RecordingLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    /// <summary>Names asked for without a resource, in any language.</summary>
    public ConcurrentDictionary<string, byte> Missing { get; } = new(StringComparer.Ordinal);

    public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), this);

    public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), this);

    private LocalizedString Note(LocalizedString s)
    {
        if (s.ResourceNotFound) Missing.TryAdd(s.Name, 0);
        return s;
    }

    private sealed class Recording(IStringLocalizer inner, RecordingLocalizerFactory owner) : IStringLocalizer
    {
        public LocalizedString this[string name] => owner.Note(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => owner.Note(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
