using IopFinder.Core.Common;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Fields;

/// <summary>Writes the values of the group fields; the caller has written the key.</summary>
internal static class FieldWriters
{
    /// <summary>A single number when min equals max, else <c>{min: 6, max: 12}</c>.</summary>
    public static void Weeks(YamlOut y, WeekRange weeks)
    {
        if (weeks.Min == weeks.Max) y.Number(weeks.Min);
        else y.Map(() => y.Plain("min").Number(weeks.Min).Plain("max").Number(weeks.Max), flow: true);
    }

    public static void Schedule(YamlOut y, IReadOnlyList<Track> tracks) => y.List(() =>
    {
        foreach (var track in tracks)
        {
            y.Map(() => y.Plain("track").Text(track.Name)
                .Plain("days").Ids(track.Days.Select(ScheduleIds.DayId))
                .Plain("start").Time(track.Start)
                .Plain("end").Time(track.End));
        }
    });

    public static void Locations(YamlOut y, IReadOnlyList<Location> locations) => y.List(() =>
    {
        foreach (var location in locations)
        {
            y.Map(() =>
            {
                if (location.Address is not null) y.Plain("address").Text(location.Address);
                y.Plain("city").Text(location.City).Plain("state").Plain(location.State).Plain("zip").Text(location.Zip);
                // Coordinates taken from the ZIP are derived, not written; a site's own are.
                if (location.Point is { } point && !location.PointFromZip) y.Plain("lat").Number(point.Lat).Plain("lon").Number(point.Lon);
            });
        }
    });

    public static bool IsEmpty(Contact c) => c.Phone is null && c.Website is null && c.Email is null && c.Referral is null;

    public static void Contact(YamlOut y, Contact c) => y.Map(() =>
    {
        if (c.Phone is not null) y.Plain("phone").Text(c.Phone);
        if (c.Website is not null) y.Plain("website").Text(c.Website);
        if (c.Email is not null) y.Plain("email").Text(c.Email);
        if (c.Referral is not null) y.Plain("referral").Text(c.Referral);
    });

    /// <summary>One directory on one line; a list of them for a listing merged from several.</summary>
    public static void Sources(YamlOut y, IReadOnlyList<ListingSource> sources)
    {
        if (sources.Count == 1) Source(y, sources[0]);
        else y.List(() => { foreach (var source in sources) Source(y, source); });
    }

    public static void Confirmation(YamlOut y, Confirmation confirmed) =>
        y.Map(() => y.Plain("date").Date(confirmed.Date).Plain("by").Plain(confirmed.ById), flow: true);

    private static void Source(YamlOut y, ListingSource source) => y.Map(() =>
    {
        y.Plain("name").Text(source.Name);
        if (source.Year is { } year) y.Plain("year").Number(year);
        if (source.Imported is { } imported) y.Plain("imported").Date(imported);
    }, flow: true);
}
