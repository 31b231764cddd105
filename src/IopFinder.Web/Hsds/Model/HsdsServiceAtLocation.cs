namespace IopFinder.Web.Hsds.Model;

/// <summary>
/// An HSDS <c>service_at_location</c>: a program at one of its sites. In lists it also carries its service
/// (without the service's own sites), as HSDS's compiled <c>service_at_location_list</c> does.
/// </summary>
public sealed record HsdsServiceAtLocation
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required Guid LocationId { get; init; }
    public string? Description { get; init; }
    public required HsdsLocation Location { get; init; }
    public HsdsService? Service { get; init; }
}
