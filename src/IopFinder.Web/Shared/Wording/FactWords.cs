using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>
/// What a listing says about one fact, in words, for the comparison without needs: every cell has words,
/// and a field the listing leaves out reads "Not listed — ask" rather than a blank that could pass for "no".
/// </summary>
public sealed class FactWords(IStringLocalizer text, TermWords terms, ScheduleWords schedule, DistanceWords distance)
{
    /// <summary>"Not listed — ask": the same words as an unknown cell of the scored comparison.</summary>
    public string NotListed => text["Outcome.Unknown"];

    /// <summary>"In person · Offers telehealth — ask whether it covers where you live", as the result cards say it.</summary>
    public string Formats(Listing listing)
    {
        var formats = string.Join(" · ", listing.Formats.Where(f => f != "virtual").Select(f => terms.Label(Filters.Format, f)));
        if (!listing.Formats.Contains("virtual")) return formats;
        var virtualCare = listing.VirtualStates.Count > 0 ? text["Card.VirtualIn", string.Join(", ", listing.VirtualStates)] : text["Card.Telehealth"];
        return (formats.Length > 0 ? formats + " · " : "") + virtualCare;
    }

    /// <summary>The labels of a term filter's values the listing names, or "Not listed — ask".</summary>
    public string Terms(FilterDefinition filter, Listing listing)
    {
        var ids = filter.Read!(listing);
        return ids.Count == 0 ? NotListed : string.Join(", ", ids.Select(id => terms.Label(filter, id)));
    }

    /// <summary>Every track in one line, or "Not listed — ask".</summary>
    public string Schedule(Listing listing) => listing.Schedule.Count == 0 ? NotListed : schedule.Summary(listing);

    /// <summary>Whether it takes new patients, in the cards' words, or "Not listed — ask" (also when the openings are too old to stand).</summary>
    public string Openings(OpeningsStatus openings) => openings.AcceptingNewPatients switch
    {
        true => text["Card.Accepting"],
        false => text["Card.NotAccepting"],
        null => NotListed,
    };

    /// <summary>"3.4 miles", "under 1 mile" to the nearest site; "Virtual only" for a listing without sites.</summary>
    public string Distance(Listing listing, GeoPoint origin)
    {
        var miles = ReachRule.NearestMiles(listing, origin);
        return double.IsInfinity(miles) ? text["Card.VirtualOnly"] : distance.Miles(miles);
    }
}
