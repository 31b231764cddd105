using IopFinder.Core.Taxonomy;
using System.Text.Json;
using IopFinder.Core.Listings;
using IopFinder.Web.Programs;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Wording;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Programs;

/// <summary>Listing text in JSON-LD can never end the script element it is written into.</summary>
public class ProgramJsonLdTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string Breakout = "</script><script>alert(1)</script><!--";

    [Fact]
    public void ScriptBreakingText_IsEscaped_SoNoAngleBracketOrAmpersandReachesThePage()
    {
        var listing = new Listing
        {
            Id = "breakout",
            Name = Breakout,
            Organization = Breakout,
            Terms = ListingTerms.Of((VocabularyNames.LevelsOfCare, ["iop"]), (VocabularyNames.Modalities, ["cbt"])),
            Locations = [new Location { Address = Breakout + " & more", City = "</SCRIPT >", State = "MA", Zip = "02139" }],
            Contact = new Contact { Phone = Breakout, Email = "a&b@example.org", Website = "https://example.org/?a=1&b=</script>" },
            Schedule = [new Track { Name = Breakout, Days = [DayOfWeek.Monday], Start = new TimeOnly(9, 0), End = new TimeOnly(12, 0) }],
        };
        using var scope = factory.Services.CreateScope();
        var words = scope.ServiceProvider.GetRequiredService<Words>();
        var json = ProgramJsonLd.For(listing, ProgramSentence.Say(listing, words), words.Terms, scope.ServiceProvider.GetRequiredService<SiteUrls>(), DateOnly.FromDateTime(SiteFactory.Today.UtcDateTime));

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        var clinic = JsonDocument.Parse(json).RootElement;
        Assert.Equal(Breakout, clinic.GetProperty("name").GetString());
        Assert.Equal(Breakout, clinic.GetProperty("telephone").GetString());
        Assert.Equal(Breakout + " & more", clinic.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("</SCRIPT >", clinic.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal(Breakout, clinic.GetProperty("openingHoursSpecification")[0].GetProperty("name").GetString());
    }
}
