using IopFinder.Core.Fields;
using IopFinder.Core.Content;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Programs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>A new program through the editor's form: validated as an edit is, then always sent to review, never written.</summary>
public sealed class NewModel(ListingEditService editor, ListingSubmissions submissions, LookalikeFinder lookalikes, CurrentPerson person, MarkdownRenderer markdown,
    FieldRegistry fields, IStringLocalizer<SharedResource> text, ILogger<NewModel> logger) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.New.Title";

    /// <summary>The submit button that sends the program although it looks like a listing or a pending program.</summary>
    public const string DifferentInput = "_different";

    public EditorForm Form { get; private set; } = EditorFormBuilder.Empty(fields);

    /// <summary>The listing or pending program this one looks like, when the form was held back to say so.</summary>
    public Lookalike? Lookalike { get; private set; }

    /// <summary>The program could not be queued because the disk is full; the form keeps what was typed.</summary>
    public bool DiskFull { get; private set; }

    /// <summary>The proposed id once the listing is in the review queue.</summary>
    public string? SentId { get; private set; }

    public void OnGet()
    {
    }

    /// <summary><c>?handler=check</c>: the posted new program's problems as JSON, for the editor's script; writes and queues nothing.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        var (_, read, _) = await editor.CheckNewAsync(Request, HttpContext.RequestAborted);
        return new JsonResult(new { problems = FieldProblemReply.Of(read.Problems, fields, Text) });
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = await editor.PostedAsync(Request, HttpContext.RequestAborted);
        var (id, read, proposed) = await editor.CheckNewAsync(Request, HttpContext.RequestAborted);
        // "It's a different program" is a choice made with the look-alike in view; until then, offer the claim.
        if (!posted.Preview && proposed is not null && !Request.Form.ContainsKey(DifferentInput)
            && await lookalikes.FindAsync(proposed, HttpContext.RequestAborted) is { } match)
        {
            Lookalike = match;
            Form = EditorFormBuilder.Build(fields, "", posted.Values, []);
            return Page();
        }
        if (posted.Preview || !read.IsValid)
        {
            if (!read.IsValid) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Form = EditorFormBuilder.Build(fields, "", posted.Values, read.Problems) with { PreviewHtml = posted.Preview ? markdown.ToHtml(posted.Body) : null };
            return Page();
        }
        try
        {
            await submissions.SubmitNewAsync(person.RequiredEmail, id, ListingWriter.Write(read.Listing!), Language, HttpContext.RequestAborted);
        }
        catch (Exception e) when (StaffDatabaseFailure.IsDiskFull(e))
        {
            logger.LogError(e, "New program {Id} could not be queued: the disk is full", id);
            DiskFull = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Form = EditorFormBuilder.Build(fields, "", posted.Values, []);
            return Page();
        }
        SentId = id;
        return Page();
    }
}
