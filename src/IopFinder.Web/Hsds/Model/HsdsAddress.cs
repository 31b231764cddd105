using System.Text.Json.Serialization;

namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>address</c> of a site; <c>address_1</c> is empty when the listing withholds the street.</summary>
public sealed record HsdsAddress
{
    public required Guid Id { get; init; }
    public required Guid LocationId { get; init; }
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}
