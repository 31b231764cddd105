using IopFinder.Web.Shared.Localization;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Where the public's suggested corrections go: the staff portal's review queue, read by maintainers and by
/// the listing's editors. Public pages reach it through this interface only (they know nothing of the portal).
/// </summary>
public interface ICorrectionInbox
{
    /// <summary>Keeps a suggestion for listing <paramref name="listingId"/>, unless the text is empty or the queue is away.</summary>
    Task<CorrectionReceipt> SubmitAsync(string listingId, string? text, string? contact, SiteLanguage language, CancellationToken cancellationToken = default);

    /// <summary>How many suggestions wait for a decision; null while the queue cannot be reached.</summary>
    Task<int?> WaitingAsync(CancellationToken cancellationToken = default);
}
