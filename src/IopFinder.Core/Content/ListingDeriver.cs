using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>Fills in what staff never write: hours and time of day per track, coordinates from the ZIP, states.</summary>
public sealed class ListingDeriver(ZipTable zips)
{
    /// <summary>Returns the listing with every derived value set.</summary>
    public Listing Derive(Listing listing)
    {
        var schedule = listing.Schedule.Select(DeriveTrack).ToArray();
        var locations = listing.Locations.Select(DeriveLocation).ToArray();
        return listing with
        {
            Schedule = schedule,
            Locations = locations,
            States = locations.Select(l => l.State).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>Morning starts before 12:00, afternoon 12:00–16:59, evening 17:00 or later.</summary>
    public static TimeOfDayBand BandOf(TimeOnly start) => start.Hour switch
    {
        < 12 => TimeOfDayBand.Morning,
        < 17 => TimeOfDayBand.Afternoon,
        _ => TimeOfDayBand.Evening,
    };

    /// <summary>A track's hours per week: meeting days times the length of a meeting (the editor shows it as staff type).</summary>
    public static double HoursPerWeek(int days, TimeOnly start, TimeOnly end) => Math.Round(days * (end - start).TotalHours, 2);

    private static Track DeriveTrack(Track track) => track with
    {
        HoursPerWeek = HoursPerWeek(track.Days.Count, track.Start, track.End),
        TimeOfDay = BandOf(track.Start),
    };

    private Location DeriveLocation(Location location)
    {
        if (location.Point is not null) return location;
        var place = zips.Find(location.Zip);
        return place is null ? location : location with { Point = place.Point, PointFromZip = true };
    }
}
