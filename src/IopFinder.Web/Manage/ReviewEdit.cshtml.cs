using IopFinder.Core.Fields;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Editing;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Programs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>
/// "Edit before approving" (maintainers only): the editor prefilled with a pending change or new program as it would be
/// written; its button approves the edited values, checked by the validator like any save.
/// </summary>
[Authorize(Policy = StaffPortalSetup.MaintainerPolicy)]
public sealed class ReviewEditModel(ReviewQueue queue, ReviewedListingWriter proposals, ListingEditService editor, CurrentPerson person,
    MarkdownRenderer markdown, FieldRegistry fields, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    protected override string TitleKey => "Manage.ReviewEdit.Title";

    public ReviewItem? Item { get; private set; }

    /// <summary>Null once approved.</summary>
    public EditorForm? Form { get; private set; }

    /// <summary>The resource key saying what the approval did (<c>Manage.Review.*</c>).</summary>
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int item)
    {
        Item = await queue.PendingProposalAsync(item, HttpContext.RequestAborted);
        if (Item is null || proposals.ProposalText(Item) is not { } proposal) return NotFound();
        Form = Editable(EditorFormBuilder.Build(fields, "", ListingFormValues.Of(proposal), []));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int item)
    {
        Item = await queue.PendingProposalAsync(item, HttpContext.RequestAborted);
        if (Item?.ListingId is not { } id) return NotFound();
        var posted = await editor.PostedAsync(Request, HttpContext.RequestAborted);
        (id, var check) = await CheckAsync(Item, id);
        if (posted.Preview || !check.IsValid)
        {
            if (!check.IsValid) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Form = Editable(EditorFormBuilder.Build(fields, "", posted.Values, check.Problems)) with { PreviewHtml = posted.Preview ? markdown.ToHtml(posted.Body) : null };
            return Page();
        }
        var payload = proposals.EditedPayload(Item, check.Text!);
        var outcome = payload is null ? ReviewDecision.NoLongerFits
            : await queue.ApproveEditedAsync(item, person.RequiredEmail, new EditedProposal(id, payload), HttpContext.RequestAborted);
        if (outcome is ReviewDecision.Decided or ReviewDecision.DecidedUntold)
        {
            Message = "Manage.Review.Approved";
            return Page();
        }
        Message = ReviewDecisionWords.KeyOf(outcome);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Form = Editable(EditorFormBuilder.Build(fields, "", posted.Values, []));
        return Page();
    }

    /// <summary>
    /// The edited form as its save would read it, with the listing id it applies to: a new program's id follows its name
    /// and may not be a listing's, as when it was submitted; a change stays with its listing.
    /// </summary>
    private async Task<(string Id, FormReadResult Check)> CheckAsync(ReviewItem item, string id)
    {
        if (item.Kind != ReviewKind.NewProgram) return (id, await editor.CheckAsync(id, Request, HttpContext.RequestAborted));
        var (named, read, _) = await editor.CheckNewAsync(Request, HttpContext.RequestAborted);
        return (named, read);
    }

    private static EditorForm Editable(EditorForm form) => form with { SubmitKey = "Manage.ReviewEdit.Approve" };
}
