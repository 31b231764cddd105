using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Shared;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Programs;

/// <summary>
/// A program's facts as schema.org <c>MedicalClinic</c> JSON-LD, for search engines. Only what the
/// listing says: an unknown (openings, schedule, a withheld street, a virtual program's address) is left
/// out, never guessed. The first site is the clinic's <c>address</c>, as on the page; a program with
/// several sites also lists each as a <c>location</c> Place.
/// </summary>
public static class ProgramJsonLd
{
    // The default JavaScript encoder escapes <, > and & (and quotes) even with every letter allowed,
    // so no listing text can end the script element or open a comment inside it.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Intensive outpatient and day programs treat mental illness, substance use, or both. schema.org has
    // no addiction specialty; addiction psychiatry is a branch of psychiatry, and the nearest other
    // value, Toxicologic, is about poisoning. So every program is Psychiatric, and nothing more is claimed.
    private const string Specialty = "https://schema.org/Psychiatric";

    public static string For(Listing listing, string description, TermWords terms, SiteUrls urls, DateOnly today)
    {
        var clinic = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalClinic",
            ["name"] = listing.Name,
            ["url"] = urls.For(ProgramUrls.Page(listing.Id)),
            ["description"] = description,
            ["medicalSpecialty"] = Specialty,
        };
        Put(clinic, "telephone", listing.Contact.Phone);
        Put(clinic, "email", listing.Contact.Email);
        Put(clinic, "sameAs", ContactLinks.Web(listing.Contact.Website));
        if (listing.Locations.Count > 0)
        {
            clinic["address"] = Address(listing.Locations[0]);
            Put(clinic, "geo", Geo(listing.Locations[0]));
        }
        if (listing.Locations.Count > 1)
        {
            clinic["location"] = Array(listing.Locations.Select(Place));
        }
        if (listing.VirtualStates.Count > 0)
        {
            clinic["areaServed"] = Array(listing.VirtualStates.Select(s => new JsonObject { ["@type"] = "State", ["name"] = UsStates.Names.GetValueOrDefault(s, s) }));
        }
        if (listing.Modalities.Count > 0)
        {
            clinic["availableService"] = Array(listing.Modalities.Select(id => new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = terms.Label(VocabularyNames.Modalities, id) }));
        }
        // Openings older than 30 days say nothing, here as on the page.
        if (OpeningsRule.On(listing, today).AcceptingNewPatients is { } accepting) clinic["isAcceptingNewPatients"] = accepting;
        if (listing.Schedule.Count > 0) clinic["openingHoursSpecification"] = Array(listing.Schedule.Select(Hours));
        return clinic.ToJsonString(Json);
    }

    private static JsonObject Address(Location location)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        Put(address, "streetAddress", location.Address);
        address["addressLocality"] = location.City;
        address["addressRegion"] = location.State;
        address["postalCode"] = location.Zip;
        address["addressCountry"] = "US";
        return address;
    }

    /// <summary>
    /// Coordinates only when the listing gives them: a point derived from the ZIP's centre is not where
    /// the clinic is (miles off in a rural ZIP), and a map pin there would mislead; the street address
    /// locates the site better.
    /// </summary>
    private static JsonObject? Geo(Location location) =>
        location.Point is { } point && !location.PointFromZip
            ? new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = point.Lat, ["longitude"] = point.Lon }
            : null;

    private static JsonObject Place(Location location)
    {
        var place = new JsonObject { ["@type"] = "Place", ["address"] = Address(location) };
        Put(place, "geo", Geo(location));
        return place;
    }

    private static JsonObject Hours(Track track) => new()
    {
        ["@type"] = "OpeningHoursSpecification",
        ["name"] = track.Name,
        ["dayOfWeek"] = Array(track.Days.Select(d => JsonValue.Create($"https://schema.org/{d}"))),
        ["opens"] = track.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["closes"] = track.End.ToString("HH:mm", CultureInfo.InvariantCulture),
    };

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static void Put(JsonObject target, string name, JsonNode? value)
    {
        if (value is not null) target[name] = value;
    }

    private static void Put(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) target[name] = value;
    }
}
