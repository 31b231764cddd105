using IopFinder.Core.Listings;

namespace IopFinder.Web.Shared;

/// <summary>
/// A plain link that hands a site's address to the reader's maps app. Nothing is requested from our
/// page: the address leaves only if the reader taps the link (pages send no referrer either).
/// </summary>
public static class DirectionsLink
{
    /// <summary>
    /// Google's documented "Maps URLs" (<c>/maps/dir/?api=1</c>): the one link that opens directions
    /// on every platform without a key — the maps app on Android, the Google Maps app on iOS when it is
    /// installed, the browser anywhere else. <c>geo:</c> opens nothing on iOS or most desktops, and
    /// maps.apple.com is a web page rather than an app on Android and Windows.
    /// </summary>
    private const string Base = "https://www.google.com/maps/dir/?api=1&destination=";

    /// <summary>Directions to a site with a street address; null when the street is withheld, since directions to a ZIP's middle would mislead.</summary>
    public static string? To(Location location) =>
        string.IsNullOrWhiteSpace(location.Address)
            ? null
            : Base + Uri.EscapeDataString($"{location.Address}, {location.City}, {location.State} {location.Zip}");
}
