using AngleSharp.Html.Parser;
using IopFinder.Web.Tests.Search;

namespace IopFinder.Web.Tests.Programs;

/// <summary>Directions on real listings: to the street address SAMHSA gives, never to a ZIP's middle when the street is withheld.</summary>
[Collection(NationalCatalogCollection.Name)]
public class NationalDirectionsTests(NationalCatalogFactory factory)
{
    [Theory]
    [InlineData("gavin-foundation-boston-ma", "https://www.google.com/maps/dir/?api=1&destination=210%20Old%20Colony%20Avenue%2C%20Boston%2C%20MA%2002127")]
    [InlineData("aspire-health-alliance-braintree-ma", null)]
    public async Task ProgramPage_LinksDirectionsOnlyWithAStreetAddress(string id, string? directions)
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/programs/{id}"));
        Assert.Equal(directions, doc.QuerySelector(".contact-first a.directions")?.GetAttribute("href"));
    }
}
