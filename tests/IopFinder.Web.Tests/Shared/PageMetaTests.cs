using IopFinder.Core.Content;

namespace IopFinder.Web.Tests.Shared;

/// <summary>The description, canonical address and indexing advice every page gives search engines.</summary>
public class PageMetaTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private Catalog Catalog => factory.Catalog();

    private Task<HeadReader> Head(string url) => HeadReader.Get(factory.CreateClient(), url);

    public static TheoryData<string> EveryPageType =>
    [
        "/", "/?condition=depression", "/programs/harborview-example-iop", "/compare?ids=harborview-example-iop,bayou-example-iop",
        "/status", "/developers", "/for-programs", "/for-programs?id=harborview-example-iop", "/corrections?id=harborview-example-iop",
        "/not-found", "/programs/no-such-program", "/error",
    ];

    [Theory]
    [MemberData(nameof(EveryPageType))]
    public async Task EveryPage_HasADescription(string url)
    {
        var description = (await Head(url)).Description;
        Assert.False(string.IsNullOrWhiteSpace(description), url);
        Assert.True(description.Length >= 40, $"{url}: {description}");
    }

    [Theory]
    [InlineData("/compare?ids=harborview-example-iop,bayou-example-iop")]
    [InlineData("/corrections?id=harborview-example-iop")]
    [InlineData("/status")]
    [InlineData("/not-found")]
    [InlineData("/programs/no-such-program")]
    [InlineData("/error")]
    [InlineData("/for-programs?id=harborview-example-iop")]
    public async Task PagesNotWorthIndexing_SayNoindex_AndNameNoCanonical(string url)
    {
        var head = await Head(url);
        Assert.True(head.NoIndex, url);
        Assert.Null(head.Canonical);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/developers", "/developers")]
    [InlineData("/for-programs", "/for-programs")]
    [InlineData("/programs/harborview-example-iop", "/programs/harborview-example-iop")]
    [InlineData("/programs/harborview-example-iop?ids=bayou-example-iop&lang=es", "/programs/harborview-example-iop?lang=es")]
    [InlineData("/?page=3&size=50&sort=name&include_unknown=true&level=iop&ids=bayou-example-iop", "/")]
    [InlineData("/?state=ma&sort=name&condition=ptsd,DEPRESSION&page=2", "/?condition=depression&condition=ptsd&state=MA")]
    [InlineData("/?condition=depression&state=MA&condition=ptsd", "/?condition=depression&condition=ptsd&state=MA")]
    [InlineData("/?radius=25&near=02139", "/?near=02139")]
    [InlineData("/?radius=50", "/")]
    [InlineData("/?accepting=on&day=fri&day=mon&near=02139&radius=50&q=%20dbt%20&level=php&max_hours=12", "/?q=dbt&near=02139&radius=50&day=mon&day=fri&max_hours=12&level=php&accepting=true")]
    [InlineData("/?condition=not-a-condition&radius=abc&unknown=1", "/")]
    public async Task IndexablePages_NameOneNormalisedCanonicalAddress(string url, string canonical)
    {
        var head = await Head(url);
        Assert.Equal(canonical, head.Canonical);
        Assert.False(head.NoIndex, url);
    }

    [Fact]
    public async Task ProgramDescription_SaysWhatTheListingSays()
    {
        var listing = Catalog.Listings.Single(l => l.Id == "harborview-example-iop");
        var description = (await Head("/programs/harborview-example-iop")).Description!;
        Assert.StartsWith(listing.Name, description);
        Assert.Contains($"{listing.Locations[0].City}, {listing.Locations[0].State}", description);
        Assert.Contains("intensive outpatient and day program", description);
        Assert.Contains(Catalog.Taxonomy["conditions"].Find(listing.Conditions[0])!.Label, description);
        Assert.Contains(Catalog.Taxonomy["modalities"].Find(listing.Modalities[0])!.Label, description);
        Assert.Contains(listing.Contact.Phone!, description);
        Assert.NotEqual(description, (await Head("/programs/bayou-example-iop")).Description);
    }

    [Fact]
    public async Task ProgramDescription_OfAVirtualProgram_NamesNoCityButTheStatesItServes()
    {
        var listing = Catalog.Listings.Single(l => l.Id == "green-mountain-example-virtual-iop");
        var description = (await Head("/programs/green-mountain-example-virtual-iop")).Description!;
        Assert.Contains("virtual", description);
        Assert.All(listing.VirtualStates, s => Assert.Contains(Core.Geo.UsStates.Names[s], description));
    }

    [Fact]
    public async Task SearchDescription_DescribesTheSearch_AndTheHomePageWhatTheSiteIsFor()
    {
        var home = (await Head("/")).Description!;
        var state = (await Head("/?state=MA&condition=depression")).Description!;
        Assert.Contains("Massachusetts", state);
        Assert.Contains("Depression", state);
        Assert.DoesNotContain("Massachusetts", home);
        Assert.NotEqual(home, state);
    }
}
