namespace IopFinder.Web.Manage.Editing;

/// <summary>A listing or pending new program that a proposed new program looks like, and why.</summary>
/// <param name="ListingId">The listing's id, or the pending submission's proposed id.</param>
/// <param name="Name">Its name as listed or submitted.</param>
/// <param name="Pending">True for a new program waiting for review (nothing to claim yet); false for a listing.</param>
/// <param name="Domain">The website domain both share; null when they share a name and a ZIP code.</param>
public sealed record Lookalike(string ListingId, string Name, bool Pending, string? Domain);
