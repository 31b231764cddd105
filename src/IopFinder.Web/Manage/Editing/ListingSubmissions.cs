using System.Text.Json;
using IopFinder.Core.Editing;
using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// What the portal records after the editor: a save's live changes in the audit, its changes that wait
/// for review in the queue (payload: the JSON list of <see cref="FieldChange"/>), a new program in both.
/// </summary>
public sealed class ListingSubmissions(IAuditLog audit, ReviewQueue queue)
{
    public async Task RecordSavedAsync(string email, string id, Saved saved, SiteLanguage language, CancellationToken cancellation)
    {
        if (saved.Changes.Count > 0)
        {
            await audit.RecordAsync(new AuditRecord(email, AuditAction.Change, id, [.. saved.Changes.Select(c => c.Key)],
                Joined(saved.Changes, c => c.Before), Joined(saved.Changes, c => c.After)), cancellation);
        }
        if (saved.Pending.Count > 0)
        {
            await queue.SubmitAsync(ReviewKind.Change, id, email, language, JsonSerializer.Serialize(saved.Pending), cancellation);
        }
    }

    /// <summary>Queues a new listing (the full file text) under its proposed id.</summary>
    public async Task SubmitNewAsync(string email, string id, string fileText, SiteLanguage language, CancellationToken cancellation)
    {
        await queue.SubmitAsync(ReviewKind.NewProgram, id, email, language, fileText, cancellation);
        await audit.RecordAsync(new AuditRecord(email, AuditAction.NewProgram, id, After: fileText), cancellation);
    }

    private static string Joined(IReadOnlyList<FieldChange> changes, Func<FieldChange, string?> value) =>
        string.Join("\n", changes.Select(value).Where(v => v is not null));
}
