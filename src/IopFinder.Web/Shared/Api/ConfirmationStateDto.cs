using IopFinder.Core.Listings;

namespace IopFinder.Web.Shared.Api;

/// <summary>
/// A listing's confirmation in the API, machine-readable: <c>state</c> is <c>current</c> (confirmed within 90
/// days), <c>lapsed</c> or <c>never</c>; <c>date</c> and <c>by</c> (<c>program</c> or <c>maintainer</c>) are null when never.
/// </summary>
public sealed record ConfirmationStateDto(string State, DateOnly? Date, string? By)
{
    /// <summary>The state's API word from <see cref="ConfirmationRule"/>'s verdict.</summary>
    public static ConfirmationStateDto From(ConfirmationStatus status) =>
        new(status.State.ToString().ToLowerInvariant(), status.Confirmed?.Date, status.Confirmed?.ById);
}
