using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Geo;
using IopFinder.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// The editor's save for one request: the posted form through Core's <see cref="ListingEditor"/>,
/// validated against the taxonomy of the catalog the request reads, saved in that catalog's folder
/// (the live reload then serves it). A form too large to read is a problem to show, never a 500.
/// </summary>
public sealed class ListingEditService
{
    private readonly ListingSaver _saver;
    private readonly ListingEditor _editor;

    public ListingEditService(CatalogSnapshot snapshot, ZipTable zips, IOptions<EditLimits> limits, GitCommitter git)
    {
        var catalog = snapshot.Index.Catalog;
        var reader = new ListingTextReader(new ListingValidator(catalog.Taxonomy, zips));
        _saver = new ListingSaver(catalog.ContentPath, reader, git);
        _editor = new ListingEditor(new ListingFormReader(reader, limits.Value), new ChangeSplitter(reader), _saver, reader);
    }

    /// <summary>The listing file as the editor opens it; its <see cref="OpenedListing.Version"/> goes in <see cref="EditFormPairs.VersionInput"/>.</summary>
    public OpenedListing Open(string id) => _saver.Open(id);

    /// <summary>Saves the form posted to the editor of listing <paramref name="id"/>.</summary>
    public async Task<SaveResult> SaveAsync(string id, HttpRequest request, CancellationToken cancellation)
    {
        IFormCollection form;
        try
        {
            if (!request.HasFormContentType) return TooLarge("the request is not a form");
            form = await request.ReadFormAsync(cancellation);
        }
        // Over the server's limits on form values or request size.
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge(e.Message);
        }
        return await _editor.SubmitAsync(id, form[EditFormPairs.VersionInput].ToString(), EditFormPairs.Of(form), cancellation);
    }

    private static SaveInvalid TooLarge(string detail) =>
        new([new FormProblem("", $"the form could not be read ({detail}); a listing needs far fewer or shorter values")]);
}
