using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IopFinder.Web.Programs;

/// <summary>
/// Renders a listing body safely: raw HTML is shown as text, links keep only http(s), mailto and tel,
/// and images become their alt text (an image would be a request to another site).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsAllowed(link.Url)) Unwrap(link);
            else link.GetAttributes().AddProperty("rel", "nofollow noopener");
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.Url)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        // Headings inside a listing sit below the page's own h2, top level first, without skipping levels.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : 3 - headings.Min(h => h.Level);
        foreach (var heading in headings) heading.Level = Math.Clamp(heading.Level + shift, 3, 6);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = trimmed[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme) && Uri.TryCreate(trimmed, UriKind.Absolute, out _);
    }

    private static void Unwrap(LinkInline link)
    {
        var text = link.IsImage ? new LiteralInline(Plain(link)) : null;
        if (text is not null)
        {
            link.ReplaceBy(text);
            return;
        }
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }

    private static string Plain(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
