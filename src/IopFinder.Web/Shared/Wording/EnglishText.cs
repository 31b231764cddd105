using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>
/// The interface's English words whatever the current culture, for what is always English: the command
/// line's output, the staff guide and the HSDS documents (which declare their language as English).
/// </summary>
public sealed class EnglishText : IStringLocalizer
{
    public static EnglishText Instance { get; } = new();

    private readonly ResourceManager _resources = new(ResourceKeys.BaseName, typeof(SharedResource).Assembly);

    private EnglishText()
    {
    }

    public LocalizedString this[string name] => Get(name, []);

    public LocalizedString this[string name, params object[] arguments] => Get(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => ResourceKeys.All.Select(key => this[key]);

    private LocalizedString Get(string name, object[] arguments)
    {
        var value = _resources.GetString(name, CultureInfo.InvariantCulture);
        if (value is null) return new LocalizedString(name, name, resourceNotFound: true);
        return new LocalizedString(name, arguments.Length == 0 ? value : string.Format(CultureInfo.InvariantCulture, value, arguments));
    }
}
