using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests;

/// <summary>What a page's head tells search engines, read as a browser parses it.</summary>
public sealed record HeadReader(IHtmlDocument Document)
{
    public static async Task<HeadReader> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return new HeadReader(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public string? Description => Document.Head?.QuerySelector("meta[name=description]")?.GetAttribute("content");

    public string? Canonical => Document.Head?.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    public bool NoIndex => Document.Head?.QuerySelectorAll("meta[name=robots]").Any(m => m.GetAttribute("content")!.Contains("noindex")) == true;

    /// <summary>The page's only JSON-LD block, parsed; fails when there is none or more than one.</summary>
    public JsonElement JsonLd => JsonDocument.Parse(Assert.Single(Document.QuerySelectorAll("script[type='application/ld+json']")).TextContent).RootElement;
}
