using IopFinder.Core.Content;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Programs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>A new program through the editor's form: validated as an edit is, then always sent to review, never written.</summary>
public sealed class NewModel(ListingEditService editor, ListingSubmissions submissions, CurrentPerson person, MarkdownRenderer markdown,
    IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.New.Title";

    public EditorForm Form { get; private set; } = EditorFormBuilder.Empty();

    /// <summary>The proposed id once the listing is in the review queue.</summary>
    public string? SentId { get; private set; }

    public void OnGet()
    {
    }

    /// <summary><c>?handler=check</c>: the posted new program's problems as JSON, for the editor's script; writes and queues nothing.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        var (_, read) = await editor.CheckNewAsync(Request, HttpContext.RequestAborted);
        return new JsonResult(new { problems = FieldProblemReply.Of(read.Problems, Text) });
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = await editor.PostedAsync(Request, HttpContext.RequestAborted);
        var (id, read) = await editor.CheckNewAsync(Request, HttpContext.RequestAborted);
        if (posted.Preview || !read.IsValid)
        {
            if (!read.IsValid) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Form = EditorFormBuilder.Build("", posted.Values, read.Problems) with { PreviewHtml = posted.Preview ? markdown.ToHtml(posted.Body) : null };
            return Page();
        }
        await submissions.SubmitNewAsync(person.RequiredEmail, id, ListingWriter.Write(read.Listing!), Language, HttpContext.RequestAborted);
        SentId = id;
        return Page();
    }
}
