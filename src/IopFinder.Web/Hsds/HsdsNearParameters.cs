using Microsoft.AspNetCore.Mvc;

namespace IopFinder.Web.Hsds;

/// <summary>Where, for <c>/hsds/service_at_locations</c>: a US ZIP code and a distance in metres from its centre.</summary>
public sealed class HsdsNearParameters
{
    /// <summary>A 5-digit US ZIP code.</summary>
    [FromQuery(Name = "postcode")] public string? Postcode { get; set; }

    /// <summary>Metres from the centre of <see cref="Postcode"/> (great-circle distance).</summary>
    [FromQuery(Name = "proximity")] public string? Proximity { get; set; }
}
