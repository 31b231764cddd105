using System.Text.Json;
using IopFinder.Core.Content;
using IopFinder.Core.Listings;

namespace IopFinder.Web.Tests.Programs;

/// <summary>schema.org JSON-LD on program pages of the example catalog: what search engines read about a program.</summary>
public class JsonLdTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private Catalog Catalog => factory.Catalog();

    private Listing Listing(string id) => Catalog.Listings.Single(l => l.Id == id);

    private async Task<JsonElement> JsonLd(string id) => (await HeadReader.Get(factory.CreateClient(), $"/programs/{id}")).JsonLd;

    [Fact]
    public async Task EveryProgramPage_HasJsonLdThatParsesAndNamesItsPhoneAndAddress()
    {
        foreach (var listing in Catalog.Listings)
        {
            var clinic = await JsonLd(listing.Id);
            Assert.Equal("https://schema.org", clinic.GetProperty("@context").GetString());
            Assert.Equal("MedicalClinic", clinic.GetProperty("@type").GetString());
            Assert.Equal(listing.Name, clinic.GetProperty("name").GetString());
            Assert.Equal(listing.Contact.Phone, clinic.GetProperty("telephone").GetString());
            if (listing.Locations.Count == 0)
            {
                Assert.False(clinic.TryGetProperty("address", out _), listing.Id);
                continue;
            }
            AssertAddress(listing.Locations[0], clinic.GetProperty("address"));
        }
    }

    [Fact]
    public async Task ProgramWithSeveralSites_HasTheFirstAsItsAddressAndEverySiteAsALocation()
    {
        var listing = Listing("bayou-example-iop");
        Assert.True(listing.Locations.Count > 1);
        var clinic = await JsonLd(listing.Id);
        AssertAddress(listing.Locations[0], clinic.GetProperty("address"));
        var places = clinic.GetProperty("location").EnumerateArray().ToList();
        Assert.Equal(listing.Locations.Count, places.Count);
        foreach (var (location, place) in listing.Locations.Zip(places))
        {
            Assert.Equal("Place", place.GetProperty("@type").GetString());
            AssertAddress(location, place.GetProperty("address"));
        }
    }

    [Fact]
    public async Task VirtualOnlyProgram_ClaimsNoAddressOrCoordinates_AndNamesTheStatesItServes()
    {
        var listing = Listing("green-mountain-example-virtual-iop");
        Assert.Empty(listing.Locations);
        var clinic = await JsonLd(listing.Id);
        foreach (var property in new[] { "address", "geo", "location" }) Assert.False(clinic.TryGetProperty(property, out _), property);
        var served = clinic.GetProperty("areaServed").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(listing.VirtualStates.Select(s => Core.Geo.UsStates.Names[s]), served);
        Assert.Equal(listing.Contact.Phone, clinic.GetProperty("telephone").GetString());
    }

    [Fact]
    public async Task Coordinates_AreGivenOnlyWhereTheListingStatesThem_NeverAZipCentre()
    {
        var stated = Listing("harborview-example-iop").Locations[0];
        Assert.False(stated.PointFromZip);
        var geo = (await JsonLd("harborview-example-iop")).GetProperty("geo");
        Assert.Equal("GeoCoordinates", geo.GetProperty("@type").GetString());
        Assert.Equal(stated.Point!.Value.Lat, geo.GetProperty("latitude").GetDouble());
        Assert.Equal(stated.Point!.Value.Lon, geo.GetProperty("longitude").GetDouble());

        Assert.All(Listing("bayou-example-iop").Locations, l => Assert.True(l.PointFromZip));
        var bayou = await JsonLd("bayou-example-iop");
        Assert.DoesNotContain("geo", bayou.GetRawText());
    }

    [Fact]
    public async Task Therapies_AreMedicalTherapiesNamedByTheirLabels_AndTheSpecialtyIsPsychiatric()
    {
        var listing = Listing("harborview-example-iop");
        var clinic = await JsonLd(listing.Id);
        var services = clinic.GetProperty("availableService").EnumerateArray().ToList();
        Assert.All(services, s => Assert.Equal("MedicalTherapy", s.GetProperty("@type").GetString()));
        var labels = listing.Modalities.Select(id => Catalog.Taxonomy["modalities"].Find(id)!.Label);
        Assert.Equal(labels, services.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("https://schema.org/Psychiatric", clinic.GetProperty("medicalSpecialty").GetString());
    }

    [Theory]
    [InlineData("harborview-example-iop")]
    [InlineData("bayou-example-iop")]
    [InlineData("badger-example-iop")]
    public async Task AcceptingNewPatients_IsSaidOnlyWhenTheListingSaysIt(string id)
    {
        var listing = Listing(id);
        var clinic = await JsonLd(id);
        if (listing.AcceptingNewPatients is { } accepting) Assert.Equal(accepting, clinic.GetProperty("isAcceptingNewPatients").GetBoolean());
        else Assert.False(clinic.TryGetProperty("isAcceptingNewPatients", out _));
    }

    [Fact]
    public async Task OpeningHours_AreTheTracksDaysAndTimes_AndAbsentWithoutASchedule()
    {
        var listing = Listing("harborview-example-iop");
        var hours = (await JsonLd(listing.Id)).GetProperty("openingHoursSpecification").EnumerateArray().ToList();
        Assert.Equal(listing.Schedule.Count, hours.Count);
        foreach (var (track, spec) in listing.Schedule.Zip(hours))
        {
            Assert.Equal(track.Days.Select(d => $"https://schema.org/{d}"), spec.GetProperty("dayOfWeek").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal(track.Start, TimeOnly.Parse(spec.GetProperty("opens").GetString()!));
            Assert.Equal(track.End, TimeOnly.Parse(spec.GetProperty("closes").GetString()!));
        }
        Assert.Empty(Listing("badger-example-iop").Schedule);
        Assert.False((await JsonLd("badger-example-iop")).TryGetProperty("openingHoursSpecification", out _));
    }

    [Fact]
    public async Task Url_IsTheProgramPage_RootRelativeWhenNoPublicAddressIsConfigured()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example.com";
        var clinic = (await HeadReader.Get(client, "/programs/harborview-example-iop")).JsonLd;
        Assert.Equal("/programs/harborview-example-iop", clinic.GetProperty("url").GetString());
    }

    private static void AssertAddress(Location location, JsonElement address)
    {
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        if (location.Address is null) Assert.False(address.TryGetProperty("streetAddress", out _));
        else Assert.Equal(location.Address, address.GetProperty("streetAddress").GetString());
        Assert.Equal(location.City, address.GetProperty("addressLocality").GetString());
        Assert.Equal(location.State, address.GetProperty("addressRegion").GetString());
        Assert.Equal(location.Zip, address.GetProperty("postalCode").GetString());
        Assert.Equal("US", address.GetProperty("addressCountry").GetString());
    }
}
