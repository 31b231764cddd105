namespace IopFinder.Core.Geo.Maps;

/// <summary>A pin of a local map. Every pin keeps its own listing and number, grouped or not.</summary>
/// <param name="ListingId">The listing's id.</param>
/// <param name="Number">The number shown on the pin.</param>
/// <param name="At">Where the location is, in viewBox units.</param>
/// <param name="Shown">Where the pin is drawn: <paramref name="At"/> when that spot is free, else the nearest free spot around it, so no pin covers another or the searched place.</param>
/// <param name="Group">The id of its <see cref="MapPinGroup"/>, or null when alone.</param>
public sealed record MapPin(string ListingId, int Number, MapPoint At, MapPoint Shown, int? Group);
