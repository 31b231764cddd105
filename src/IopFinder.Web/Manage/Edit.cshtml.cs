using IopFinder.Core.Fields;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Programs;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// The editor of one listing, for a person who holds it (anyone else gets a 403 and nothing is read or written):
/// the form from the field model, a preview of the body, and the save's outcome.
/// </summary>
public sealed class EditModel(ListingEditService editor, ListingSubmissions submissions, IListingAccess access, CurrentPerson person,
    CatalogSnapshot catalog, MarkdownRenderer markdown, FieldRegistry fields, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.Edit.Title";

    public string Id { get; private set; } = "";

    public string ListingName => ListingNames.Of(catalog, Id);

    /// <summary>Null when the person does not hold the listing.</summary>
    public EditorForm? Form { get; private set; }

    public Saved? Saved { get; private set; }

    public SaveConflict? Conflict { get; private set; }

    /// <summary>Why the save could not be made, when it could not.</summary>
    public SaveFailure? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Id = id;
        if (!await HoldsAsync(id)) return Denied();
        var opened = editor.Open(id);
        if (!opened.Exists) return NotFound();
        Form = EditorFormBuilder.Build(fields, opened.Version, ListingFormValues.Of(opened.Text!), []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Id = id;
        if (!await HoldsAsync(id)) return Denied();
        var posted = await editor.PostedAsync(Request, HttpContext.RequestAborted);
        var version = posted.Version;
        if (posted.Preview)
        {
            var check = await editor.CheckAsync(id, Request, HttpContext.RequestAborted);
            Form = EditorFormBuilder.Build(fields, version, posted.Values, check.Problems) with { PreviewHtml = markdown.ToHtml(posted.Body) };
            return Page();
        }
        var result = await editor.SaveAsync(id, Request, HttpContext.RequestAborted);
        switch (result)
        {
            case Saved saved:
                Saved = saved;
                await submissions.RecordSavedAsync(person.RequiredEmail, id, saved, Language, HttpContext.RequestAborted);
                var opened = editor.Open(id);
                Form = EditorFormBuilder.Build(fields, opened.Version, ListingFormValues.Of(opened.Text!), []);
                break;
            case SaveConflict conflict:
                // Mine stays in the form, now against theirs: saving again is a choice made with both in view.
                Conflict = conflict;
                Form = EditorFormBuilder.Build(fields, conflict.DiskVersion, posted.Values, []);
                break;
            case SaveInvalid invalid:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                Form = EditorFormBuilder.Build(fields, version, posted.Values, invalid.Problems);
                break;
            case SaveFailed failed:
                Failure = failed.Reason;
                Form = EditorFormBuilder.Build(fields, version, posted.Values, []);
                break;
        }
        return Page();
    }

    /// <summary>
    /// <c>?handler=check</c>: the validator's problems with the posted form, as JSON, writing nothing; the editor's
    /// script shows them at the fields while staff type. Antiforgery applies as to every post.
    /// </summary>
    public async Task<IActionResult> OnPostCheckAsync(string id)
    {
        if (!await HoldsAsync(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var check = await editor.CheckAsync(id, Request, HttpContext.RequestAborted);
        return new JsonResult(new { problems = FieldProblemReply.Of(check.Problems, fields, Text) });
    }

    private async Task<bool> HoldsAsync(string id) => await access.CanEditAsync(person.RequiredEmail, id, HttpContext.RequestAborted);

    private IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
