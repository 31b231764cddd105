using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using IopFinder.Core.Common;
using static System.FormattableString;

namespace IopFinder.Core.Editing;

/// <summary>
/// What the editor accepts as a listing's description: Markdown within the size limit. Raw HTML is
/// refused with a message rather than saved, because the program page shows it as literal text.
/// </summary>
internal static class BodyCheck
{
    /// <summary>The problem with a body, or null when it can be saved.</summary>
    public static FormProblem? Problem(string body, EditLimits limits)
    {
        if (body.Length > limits.MaxBodyChars)
        {
            return new FormProblem(FormKey.Body, Invariant($"the description has {body.Length:N0} characters; it can have at most {limits.MaxBodyChars:N0}"),
                ProblemCodes.BodyTooLong, FormPostReader.Count(body.Length), FormPostReader.Count(limits.MaxBodyChars));
        }
        var document = Markdown.Parse(body);
        var html = document.Descendants<HtmlBlock>().Select(b => body.Substring(b.Span.Start, b.Span.Length))
            .Concat(document.Descendants<HtmlInline>().Select(i => i.Tag))
            .FirstOrDefault();
        return html is null
            ? null
            : new FormProblem(FormKey.Body, $"the description contains HTML ('{FormText.Shorten(html, 40)}'): write it in Markdown, like **bold** or [a link](https://example.org)",
                ProblemCodes.BodyHtml, FormText.Shorten(html, 40));
    }
}
