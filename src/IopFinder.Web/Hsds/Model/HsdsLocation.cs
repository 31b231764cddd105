namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>location</c>: an in-person site (<c>physical</c>) or the program's virtual care (<c>virtual</c>).</summary>
public sealed record HsdsLocation
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public string? Url { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
}
