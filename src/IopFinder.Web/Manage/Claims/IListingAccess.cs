using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Claims;

/// <summary>
/// Who may do what with a listing: a person edits only the listings they hold (every editor page and
/// save checks <see cref="CanEditAsync"/> with the signed-in address); maintainers review.
/// </summary>
public interface IListingAccess
{
    Task<bool> CanEditAsync(string email, string listingId, CancellationToken cancellationToken = default);

    /// <summary>The listings a person holds, oldest grant first.</summary>
    Task<IReadOnlyList<EditorGrant>> HeldByAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The addresses that hold a listing (whom to tell about its reviews and reminders).</summary>
    Task<IReadOnlyList<string>> EditorsOfAsync(string listingId, CancellationToken cancellationToken = default);

    bool IsMaintainer(string email);
}
