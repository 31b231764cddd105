using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Shared.Localization;

/// <summary>
/// The language of one request: <c>lang</c> in the query string first (so a shared link keeps its
/// language), then the browser's <c>Accept-Language</c>, else English. No cookie. A <c>lang</c> that
/// names no language of the site is ignored, never echoed. HSDS documents are English whatever is asked.
/// </summary>
/// <param name="Language">The language pages and API words use.</param>
/// <param name="FromQuery">True when the query string chose it.</param>
public sealed record LanguageChoice(SiteLanguage Language, bool FromQuery)
{
    /// <summary>Most <c>Accept-Language</c> entries read; browsers send a handful.</summary>
    public const int MaxAcceptLanguageEntries = 10;

    /// <summary>
    /// The <c>lang</c> value every link and form of the page carries: the page's language when it is not
    /// the default or was chosen in the query (so English chosen over a Spanish browser stays English);
    /// null when links need none.
    /// </summary>
    public string? Carried => FromQuery || !Language.IsDefault ? Language.Code : null;

    /// <summary>The request's choice, worked out once.</summary>
    public static LanguageChoice Of(HttpContext context)
    {
        if (context.Features.Get<LanguageChoice>() is { } known) return known;
        var choice = Decide(context.Request);
        context.Features.Set(choice);
        return choice;
    }

    /// <summary>A fixed address of the site (<c>/for-programs</c>) with the page's language carried on.</summary>
    public string Link(string url) => Carried is { } code ? QueryHelpers.AddQueryString(url, SiteLanguage.Parameter, code) : url;

    /// <summary>The same address in <paramref name="language"/>: <c>lang</c> replaced, everything else kept.</summary>
    public static string In(string path, IQueryCollection query, SiteLanguage? language)
    {
        var pairs = Without(query).ToList();
        if (language is not null) pairs.Add(new(SiteLanguage.Parameter, language.Code));
        return pairs.Count == 0 ? path : QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>The page the request asked for: the original one when a 404 page is shown in its place.</summary>
    public static (string Path, IQueryCollection Query) Page(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not { } original) return (context.Request.Path.Value ?? "/", ShortenedQuery.Of(context.Request.Query));
        return (original.OriginalPath, new QueryCollection(QueryHelpers.ParseQuery(original.OriginalQueryString)));
    }

    /// <summary>Every pair of the query but <c>lang</c>, in order.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Without(IQueryCollection query) =>
        query.Where(p => !IsLanguageKey(p.Key)).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));

    public static bool IsLanguageKey(string key) => string.Equals(key, SiteLanguage.Parameter, StringComparison.OrdinalIgnoreCase);

    private static LanguageChoice Decide(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/hsds", StringComparison.OrdinalIgnoreCase)) return new(SiteLanguage.Default, false);
        var chosen = request.Query.Where(p => IsLanguageKey(p.Key)).SelectMany(p => p.Value).Select(SiteLanguage.FromTag).FirstOrDefault(l => l is not null);
        return chosen is not null ? new(chosen, true) : new(Preferred(request.Headers.AcceptLanguage) ?? SiteLanguage.Default, false);
    }

    /// <summary>The browser's most preferred language the site has, by quality; null when it has none of them.</summary>
    private static SiteLanguage? Preferred(StringValues header)
    {
        if (StringValues.IsNullOrEmpty(header) || !StringWithQualityHeaderValue.TryParseList(header, out var entries)) return null;
        return entries.Take(MaxAcceptLanguageEntries)
            .Where(e => e.Quality is not <= 0)
            .OrderByDescending(e => e.Quality ?? 1)
            .Select(e => SiteLanguage.FromTag(e.Value.Value))
            .FirstOrDefault(l => l is not null);
    }
}
