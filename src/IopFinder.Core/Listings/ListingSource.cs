namespace IopFinder.Core.Listings;

/// <summary>The public directory a listing was imported from, its edition, and when it was imported.</summary>
public sealed record ListingSource(string Name, int? Year, DateOnly? Imported);
