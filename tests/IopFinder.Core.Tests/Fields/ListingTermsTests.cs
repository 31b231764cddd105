using IopFinder.Core.Listings;

namespace IopFinder.Core.Tests.Fields;

/// <summary>A listing's terms are one collection keyed by vocabulary; equal ids make equal collections.</summary>
public class ListingTermsTests
{
    [Fact]
    public void AVocabularyNotNamed_ReadsAsEmpty()
    {
        var terms = ListingTerms.Of(("conditions", ["ptsd"]));
        Assert.Equal(["ptsd"], terms["conditions"]);
        Assert.Empty(terms["insurance"]);
        Assert.Empty(ListingTerms.Empty["conditions"]);
    }

    [Fact]
    public void SameIds_BuiltInAnotherOrder_AreEqual()
    {
        var a = ListingTerms.Of(("conditions", ["ptsd", "anxiety"]), ("ages", ["adults"]));
        var b = ListingTerms.Empty.With("ages", ["adults"]).With("conditions", ["ptsd", "anxiety"]).With("insurance", []);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.With("conditions", ["anxiety", "ptsd"]));
    }

    [Fact]
    public void With_ReplacesOneVocabulary_AndAnEmptyListRemovesIt()
    {
        var terms = ListingTerms.Of(("conditions", ["ptsd"]), ("ages", ["adults"]));
        Assert.Equal(["depression"], terms.With("conditions", ["depression"])["conditions"]);
        Assert.Equal(["adults"], terms.With("conditions", ["depression"])["ages"]);
        Assert.Equal(["ages"], terms.With("conditions", []).Select(t => t.Vocabulary));
    }

    [Fact]
    public void ListingGetters_ReadTheCollection()
    {
        var listing = new Listing { Id = "x", Name = "X", Terms = ListingTerms.Of(("conditions", ["ptsd"]), ("accreditation", ["carf"])) };
        Assert.Equal(["ptsd"], listing.Conditions);
        Assert.Equal(["carf"], listing.Accreditation);
        Assert.Empty(listing.Insurance);
    }
}
