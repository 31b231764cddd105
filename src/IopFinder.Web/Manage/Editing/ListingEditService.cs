using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Geo;
using IopFinder.Core.Import;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// The editor's save for one request: the posted form through Core's <see cref="ListingEditor"/>,
/// validated against the taxonomy of the catalog the request reads, saved in that catalog's folder
/// (the live reload then serves it), between a pull from the content remote and a push to it when there is one. A form too large to read is a problem to show, never a 500.
/// </summary>
public sealed class ListingEditService
{
    private readonly ListingSaver _saver;
    private readonly ListingEditor _editor;
    private readonly ListingFormReader _forms;
    private readonly ListingConfirmer _confirmer;
    private readonly ContentSync _sync;

    private readonly ILogger<ListingEditService> _logger;

    public ListingEditService(CatalogSnapshot snapshot, ZipTable zips, IOptions<EditLimits> limits, GitCommitter git, ContentSync sync, ILogger<ListingEditService> logger)
    {
        _sync = sync;
        _logger = logger;
        var catalog = snapshot.Index.Catalog;
        var reader = new ListingTextReader(new ListingValidator(catalog.Taxonomy, zips, catalog.Fields));
        _saver = new ListingSaver(catalog.ContentPath, reader, git);
        _forms = new ListingFormReader(reader, limits.Value);
        _editor = new ListingEditor(_forms, new ChangeSplitter(reader), _saver, reader);
        _confirmer = new ListingConfirmer(_saver);
    }

    /// <summary>The listing file as the editor opens it; its <see cref="OpenedListing.Version"/> goes in <see cref="EditFormPairs.VersionInput"/>.</summary>
    public OpenedListing Open(string id) => _saver.Open(id);

    /// <summary>Saves the form posted to the editor of listing <paramref name="id"/>.</summary>
    public async Task<SaveResult> SaveAsync(string id, HttpRequest request, CancellationToken cancellation)
    {
        var (form, problem) = await ReadAsync(request, cancellation);
        if (form is null) return new SaveInvalid([problem!]);
        return Logged(id, await _sync.SaveAsync(id, _saver,
            () => _editor.SubmitAsync(id, form[EditFormPairs.VersionInput].ToString(), EditFormPairs.Of(form), cancellation), cancellation));
    }

    /// <summary>A failed write or commit is for the people who run the site: the page tells staff only that it happened.</summary>
    private SaveResult Logged(string id, SaveResult result)
    {
        if (result is SaveFailed failed) _logger.LogError("Listing {Id} could not be saved ({Reason}): {Detail}", id, failed.Reason, failed.Detail);
        if (result is Saved { Git.Status: GitStatus.Failed } saved) _logger.LogError("Listing {Id} was saved but not committed: {Detail}", id, saved.Git.Detail);
        return result;
    }

    /// <summary>Sets <c>confirmed: {today, program}</c> on listing <paramref name="id"/> and nothing else.</summary>
    public Task<SaveResult> ConfirmAsync(string id, DateOnly today, CancellationToken cancellation) =>
        _sync.SaveAsync(id, _saver, () => _confirmer.ConfirmAsync(id, today, cancellation), cancellation);

    /// <summary>Reads a posted form as the save would, writing nothing: for errors shown while staff type.</summary>
    public async Task<FormReadResult> CheckAsync(string id, HttpRequest request, CancellationToken cancellation)
    {
        var (form, problem) = await ReadAsync(request, cancellation);
        if (form is null) return new FormReadResult(null, null, [problem!]);
        return _forms.Read(id, EditFormPairs.Of(form), _saver.Open(id).Text);
    }

    /// <summary>The posted form as the page shows it again; empty when it cannot be read.</summary>
    public async Task<EditorPost> PostedAsync(HttpRequest request, CancellationToken cancellation)
    {
        var (form, _) = await ReadAsync(request, cancellation);
        if (form is null) return EditorPost.Unreadable;
        return new EditorPost(EditFormPairs.Of(form), form[EditFormPairs.VersionInput].ToString(), form[FormKey.Body].ToString(),
            form.ContainsKey(EditorPost.PreviewInput));
    }

    /// <summary>
    /// Reads a posted new listing as the save would, writing nothing: its id is a slug of its name, which no
    /// listing may already have. The result goes to review, never to disk. <c>Proposed</c> is the listing as read
    /// before its id is checked, to compare with the listings and pending programs it may duplicate.
    /// </summary>
    public async Task<(string Id, FormReadResult Read, Listing? Proposed)> CheckNewAsync(HttpRequest request, CancellationToken cancellation)
    {
        var (form, problem) = await ReadAsync(request, cancellation);
        if (form is null) return ("", new FormReadResult(null, null, [problem!]), null);
        var id = SamhsaImporter.Slug(form["name"].ToString());
        if (id.Length == 0) id = "new-program";
        var read = _forms.Read(id, EditFormPairs.Of(form), null);
        if (read.IsValid && _saver.Open(id).Exists)
        {
            return (id, new FormReadResult(null, null, [new FormProblem("name", $"a listing with the id '{id}' already exists; give the program's full name", ProblemCodes.NameTaken, id)]), read.Listing);
        }
        return (id, read, read.Listing);
    }

    private static async Task<(IFormCollection? Form, FormProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        try
        {
            if (!request.HasFormContentType) return (null, Unreadable("the request is not a form"));
            return (await request.ReadFormAsync(cancellation), null);
        }
        // Over the server's limits on form values or request size.
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return (null, Unreadable(e.Message));
        }
    }

    private static FormProblem Unreadable(string detail) =>
        new("", $"the form could not be read ({detail}); a listing needs far fewer or shorter values", ProblemCodes.FormUnreadable, detail);
}
