using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>A page fetched in a language, by <c>lang</c> or by <c>Accept-Language</c>, and what it says about its language.</summary>
public sealed partial record LanguagePage(HttpStatusCode Status, string Html, IHtmlDocument Document)
{
    /// <summary>What a Spanish browser sends.</summary>
    public const string SpanishBrowser = "es-MX,es;q=0.9";

    public static async Task<LanguagePage> Get(HttpClient client, string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return new LanguagePage(response.StatusCode, html, new HtmlParser().ParseDocument(html));
    }

    /// <summary>The page in Spanish by the query string (<paramref name="byHeader"/> false) or by the browser's language.</summary>
    public static Task<LanguagePage> Spanish(HttpClient client, string url, bool byHeader) =>
        byHeader ? Get(client, url, SpanishBrowser) : Get(client, QueryHelpers.AddQueryString(url, "lang", "es"));

    public string? Language => Document.DocumentElement.GetAttribute("lang");

    /// <summary>Links to the site's own pages (not to files, the API or data documents).</summary>
    public IEnumerable<string> PageLinks => Document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!)
        .Where(href => !NotPagePattern().IsMatch(href));

    /// <summary>The <c>lang</c> values of an address's query; empty when it has none.</summary>
    public static IReadOnlyList<string> LangOf(string href)
    {
        var query = href.Split('#')[0].Split('?', 2);
        return query.Length < 2 ? [] : [.. QueryHelpers.ParseQuery(query[1]).GetValueOrDefault("lang").Select(v => v ?? "")];
    }

    /// <summary>Two addresses name the same page and query, whatever their encoding.</summary>
    public static void AssertSameAddress(string expected, string actual)
    {
        static (string Path, string[] Query) Read(string url)
        {
            var parts = url.Split('#')[0].Split('?', 2);
            return (parts[0], parts.Length < 2 ? [] : [.. QueryHelpers.ParseQuery(parts[1]).SelectMany(p => p.Value.Select(v => $"{p.Key}={v}"))]);
        }
        var (e, a) = (Read(expected), Read(actual));
        Assert.Equal(e.Path, a.Path);
        Assert.Equal(e.Query.Order(StringComparer.Ordinal), a.Query.Order(StringComparer.Ordinal));
    }

    public string? Alternate(string hreflang) => Document.Head?.QuerySelector($"link[rel=alternate][hreflang='{hreflang}']")?.GetAttribute("href");

    public IElement Switch => Document.GetElementById("lang-switch")!;

    /// <summary>The interface's words on the page, without what programs wrote, whitespace collapsed.</summary>
    public string InterfaceText
    {
        get
        {
            var body = (IHtmlElement)Document.Body!.Clone(deep: true);
            foreach (var element in body.QuerySelectorAll(ResourceFile.ListingContent).ToList()) element.Remove();
            return Spaces().Replace(body.TextContent, " ");
        }
    }

    [GeneratedRegex(@"^/(api|openapi|hsds|healthz|sitemap|css|js|favicon)")]
    private static partial Regex NotPagePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
