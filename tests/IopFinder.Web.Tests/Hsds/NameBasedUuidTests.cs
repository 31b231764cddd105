using IopFinder.Web.Hsds;

namespace IopFinder.Web.Tests.Hsds;

public class NameBasedUuidTests
{
    private static readonly Guid Dns = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static readonly Guid Url = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    [Theory]
    [InlineData("dns", "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2")]
    [InlineData("url", "https://example.org/programs/harborview-example-iop", "b7e7f347-d80b-55e6-92f2-39d34d24d579")]
    [InlineData("dns", "déjà-vu.example", "89d3747c-5067-5fea-b256-78bed0becd2a")]
    public void Create_MatchesKnownVersion5Uuids(string space, string name, string expected) =>
        Assert.Equal(new Guid(expected), NameBasedUuid.Create(space == "dns" ? Dns : Url, name));

    [Fact]
    public void Create_SetsVersion5AndTheRfcVariant()
    {
        var text = NameBasedUuid.Create(HsdsIds.Namespace, "anything").ToString();
        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void ServiceIds_AreStableAcrossRuns_AndDifferForEachPartOfAListing()
    {
        // Clients store these ids: the service id of a listing never changes.
        Assert.Equal(NameBasedUuid.Create(HsdsIds.Namespace, "harborview-example-iop"), HsdsIds.Service("harborview-example-iop"));
        Assert.Equal(new Guid("5c6a5744-78a1-4742-9bd6-0f909911e204"), HsdsIds.Namespace);
        Guid[] ids =
        [
            HsdsIds.Service("a"), HsdsIds.Organization("a"), HsdsIds.Location("a", 0), HsdsIds.Location("a", 1), HsdsIds.VirtualLocation("a"),
            HsdsIds.ServiceAtLocation("a", 0), HsdsIds.VirtualServiceAtLocation("a"), HsdsIds.Schedule("a", 0), HsdsIds.Phone("a"),
            HsdsIds.Address("a", 0), HsdsIds.Language("a", "en"), HsdsIds.ServiceArea("a", "MA"), HsdsIds.Attribute("a", "conditions", "ptsd"),
            HsdsIds.Taxonomy("conditions"), HsdsIds.TaxonomyTerm("conditions", "ptsd"), HsdsIds.Service("b"),
        ];
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }
}
