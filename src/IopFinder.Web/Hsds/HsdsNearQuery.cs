using IopFinder.Core.Geo;

namespace IopFinder.Web.Hsds;

/// <summary>A place for <c>/hsds/service_at_locations</c>: the ZIP code found in the table, and metres from its centre when given.</summary>
public sealed record HsdsNearQuery(ZipPlace Zip, double? Metres);
