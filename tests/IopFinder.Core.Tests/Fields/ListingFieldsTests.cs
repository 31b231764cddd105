using IopFinder.Core.Fields;
using IopFinder.Core.Filtering;
using IopFinder.Core.Taxonomy;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Fields;

/// <summary>The field registry is the one list of a listing's fields: SPEC's order, the taxonomy's vocabularies, the review rule.</summary>
public class ListingFieldsTests
{
    // SPEC section 1's example, key by key: the order files are written in and the editor shows.
    private static readonly string[] SpecOrder =
    [
        "name", "organization", "levels_of_care", "conditions", "modalities", "ages", "formats", "virtual_states", "insurance",
        "languages", "accreditation", "medications", "populations", "genders", "features", "program_weeks", "schedule", "locations",
        "contact", "accepting_new_patients", "waitlist_weeks", "openings_updated", "last_reviewed", "confirmed",
    ];

    [Fact]
    public void Fields_FollowSpecSectionOne_InItsOrder()
    {
        Assert.Equal(SpecOrder, ListingFields.All.Select(f => f.Key).Where(SpecOrder.Contains));
        Assert.Equal(SpecOrder, ListingFields.All.Select(f => f.Key).Take(SpecOrder.Length));
    }

    [Fact]
    public void Keys_AreUnique_AndEveryOneHasResourceKeysNamedAfterIt()
    {
        Assert.Equal(ListingFields.All.Count, ListingFields.All.Select(f => f.Key).Distinct().Count());
        Assert.All(ListingFields.All, f => Assert.Equal(($"Field.{f.Key}.Label", $"Field.{f.Key}.Help"), (f.LabelKey, f.HelpKey)));
    }

    [Fact]
    public void TermFields_AreExactlyTheTaxonomysVocabularies_EachKeyedByItsName()
    {
        Assert.Equal(VocabularyNames.All.Order(), ListingFields.TermFields.Select(f => f.Vocabulary!).Order());
        Assert.All(ListingFields.TermFields, f => Assert.Equal(f.Key, f.Vocabulary));
        Assert.All(VocabularyNames.All, name => Assert.NotEmpty(IopFinder.Core.Tests.Support.TestCatalog.Taxonomy[name].Ids));
    }

    [Fact]
    public void EveryTermFilter_ReadsATermField()
    {
        var vocabularies = ListingFields.TermFields.Select(f => f.Vocabulary).ToHashSet();
        Assert.All(Filters.TermFilters.Where(f => f.Vocabulary is not null), f => Assert.Contains(f.Vocabulary, vocabularies));
    }

    [Fact]
    public void ChangesWaitingForReview_AreIdentityAndCredentials()
    {
        Assert.Equal(["accreditation", "levels_of_care", "locations", "name", "organization"],
            ListingFields.All.Where(f => f.NeedsReview).Select(f => f.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FrontMatterKeys_AreEveryFieldButTheBody()
    {
        Assert.Equal(ListingFields.All.Where(f => f.Kind != FieldKind.Markdown).Select(f => f.Key), ListingFields.FrontMatterKeys);
        Assert.DoesNotContain("body", ListingFields.FrontMatterKeys);
    }

    public static TheoryData<string> RequiredKeys => [.. ListingFields.All.Where(f => f.Required).Select(f => f.Key)];

    [Theory]
    [MemberData(nameof(RequiredKeys))]
    public void RequiredField_LeftOut_IsReportedAtItsKey(string key)
    {
        var (listing, problems) = Validate("x", FrontMatter("X", $"{key}:-"));
        Assert.Null(listing);
        Assert.Contains(problems, p => p.Field == key && p.Message.Contains($"missing required field '{key}'"));
    }

    [Fact]
    public void Get_ReadsEachFieldsValue_ForAnEditor()
    {
        var listing = Listing("x", FrontMatter("Harbor IOP", "confirmed: {date: 2026-11-30, by: maintainer}", "waitlist_weeks: 2"));
        Assert.Equal("Harbor IOP", ListingFields.Find("name")!.Get(listing));
        Assert.Equal(new[] { "depression" }, ListingFields.Find("conditions")!.Get(listing));
        Assert.Equal(2, ListingFields.Find("waitlist_weeks")!.Get(listing));
        Assert.Equal(new Listings.Confirmation(new DateOnly(2026, 11, 30), Listings.ConfirmedBy.Maintainer), ListingFields.Find("confirmed")!.Get(listing));
        Assert.Null(ListingFields.Find("no_such_field"));
    }

    // Each row: a field that replaces the default, its new value, and the keys a save would name.
    [Theory]
    [InlineData("name: X", "name: Y", "name")]
    [InlineData("contact:\n  phone: \"617-555-0100\"", "contact:\n  phone: \"617-555-0199\"", "contact")]
    [InlineData("conditions: [depression]", "conditions: [depression, ptsd]", "conditions")]
    [InlineData("confirmed: {date: 2026-11-30, by: program}", "confirmed: {date: 2026-12-01, by: program}", "confirmed")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"", "locations:\n  - city: Boston\n    state: MA\n    zip: \"02108\"", "locations")]
    [InlineData("conditions: [depression]", "conditions: [depression]", "")]
    public void Changed_NamesTheFieldsThatDiffer(string before, string after, string keys)
    {
        var changed = ListingFields.Changed(Listing("x", FrontMatter("X", before)), Listing("x", FrontMatter("X", after)));
        Assert.Equal(keys, string.Join(",", changed.Select(f => f.Key)));
    }

    [Fact]
    public void Changed_ABodyEdit_IsTheBody_AndNeedsNoReview()
    {
        var before = Listing("x", FrontMatter("X"));
        var changed = Assert.Single(ListingFields.Changed(before, before with { Body = "New words." }));
        Assert.Equal(("body", false), (changed.Key, changed.NeedsReview));
    }
}
