namespace IopFinder.Web.Shared.Localization;

/// <summary>A page in another language: the <c>hreflang</c> alternates of its head and the language switch of its header.</summary>
/// <param name="Canonical">The page's one address in its own language (<c>lang=es</c> for Spanish), or null for a page not to index.</param>
/// <param name="Alternates">The same page in each language, then <c>x-default</c> (English, without <c>lang</c>).</param>
/// <param name="Switch">This very page, query included, in the other language.</param>
/// <param name="Other">The language the switch leads to.</param>
public sealed record PageAddresses(string? Canonical, IReadOnlyList<(string HrefLang, string Url)> Alternates, string Switch, SiteLanguage Other)
{
    /// <param name="context">The request.</param>
    /// <param name="canonical">The page's English canonical address (<see cref="Pages.IPageMeta.Canonical"/>), null when not indexed: the alternates then name the page as asked, without <c>lang</c>.</param>
    public static PageAddresses For(HttpContext context, string? canonical)
    {
        var language = LanguageChoice.Of(context).Language;
        var (path, query) = LanguageChoice.Page(context);
        var english = canonical ?? LanguageChoice.In(path, query, null);
        string In(SiteLanguage l) => l.AddressOf(english);
        return new PageAddresses(
            canonical is null ? null : In(language),
            [.. SiteLanguage.All.Select(l => (l.Code, In(l))), ("x-default", english)],
            LanguageChoice.In(path, query, language.Other),
            language.Other);
    }
}
