using System.Reflection;
using System.Collections;
using IopFinder.Core.Content;
using IopFinder.Core.Fields;
using IopFinder.Core.Listings;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Content;

/// <summary>The writer is what imports produce and what the catalog version hashes: what it writes must read back the same.</summary>
public class ListingWriterTests
{
    private const string Everything = """
        ---
        name: "Harbor \"Bay\" IOP: Evenings & Weekends"
        organization: Harbor Health
        levels_of_care: [iop, php]
        conditions: [depression, substance-use, co-occurring]
        modalities: [cbt, dbt]
        medications: [buprenorphine, naltrexone]
        populations: [women, pregnant-postpartum]
        genders: [female]
        ages: [adults, older-adults]
        formats: [in-person, virtual]
        virtual_states: [MA, NH]
        insurance: [medicaid, aetna]
        languages: [en, es]
        accreditation: [carf]
        features: [crisis-plan, peer-support]
        program_weeks: {min: 6, max: 12}
        schedule:
          - track: Evening
            days: [mon, wed, thu]
            start: "17:30"
            end: "20:30"
          - days: [sat]
            start: "09:00"
            end: "13:00"
        locations:
          - address: 123 Main St
            city: Cambridge
            state: MA
            zip: "02139"
            lat: 42.3656
            lon: -71.104
          - city: Boston
            state: MA
            zip: "02108"
        contact:
          phone: "617-555-0100 x2"
          website: https://example.org/iop
          email: intake@example.org
          referral: "Self-referral; fax 617-555-0101"
        accepting_new_patients: false
        waitlist_weeks: 3
        openings_updated: 2026-11-02
        last_reviewed: 2026-10-01
        confirmed: {date: 2026-11-30, by: maintainer}
        other_services: ["Acupuncture", "Help finding housing"]
        source:
          - {name: "SAMHSA National Directory of Substance Use Treatment Facilities", year: 2023, imported: 2026-11-24}
          - {name: "SAMHSA National Directory of Mental Health Treatment Facilities", year: 2024, imported: 2026-11-24}
        claimed: true
        example: true
        description_language: es
        ---
        Un día típico: grupo por la mañana.

        ## Qué traer
        """;

    private static Listing Read(string text) => Listing("harbor", text);

    [Fact]
    public void Write_ThenRead_GivesTheSameListing_OnEveryField()
    {
        var original = Read(Everything);
        var again = Read(ListingWriter.Write(original));
        AssertSame(original, again, "listing");
        Assert.Equal(ListingWriter.Write(original), ListingWriter.Write(again));
    }

    /// <summary>Field by field, into lists and the records inside them.</summary>
    private static void AssertSame(object? a, object? b, string path)
    {
        if (a is null || b is null || a is string || a.GetType().IsValueType)
        {
            Assert.True(Equals(a, b), $"{path}: {a} ≠ {b}");
            return;
        }
        if (a is IEnumerable sequence)
        {
            var (left, right) = (sequence.Cast<object>().ToList(), ((IEnumerable)b).Cast<object>().ToList());
            Assert.True(left.Count == right.Count, $"{path}: {left.Count} items ≠ {right.Count}");
            for (var i = 0; i < left.Count; i++) AssertSame(left[i], right[i], $"{path}[{i}]");
            return;
        }
        // Instance values only: a static such as ListingTerms.Empty is of the same type and would recurse forever.
        foreach (var property in a.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertSame(property.GetValue(a), property.GetValue(b), $"{path}.{property.Name}");
        }
    }

    [Fact]
    public void Write_EveryFieldTheValidatorKnows_IsWritten()
    {
        var text = ListingWriter.Write(Read(Everything));
        foreach (var key in new[] { "schedule:", "program_weeks:", "waitlist_weeks:", "medications:", "populations:", "genders:", "description_language:", "lat:", "lon:",
            "openings_updated: 2026-11-02", "confirmed: {date: 2026-11-30, by: maintainer}" })
        {
            Assert.Contains(key, text);
        }
    }

    [Fact]
    public void Write_FollowsTheCanonicalOrderOfTheFields()
    {
        var lines = ListingWriter.Write(Read(Everything)).Split('\n');
        var keys = lines.Skip(1).TakeWhile(l => l != "---").Where(l => l.Length > 0 && l[0] != ' ').Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(ListingFields.FrontMatterKeys.Where(keys.Contains), keys);
        Assert.Equal(ListingFields.FrontMatterKeys.Count, keys.Count);
    }

    [Fact]
    public void Write_CoordinatesFromTheZip_AreNotWritten()
    {
        var text = ListingWriter.Write(Read(FrontMatter("X")));
        Assert.DoesNotContain("lat:", text);
    }

    [Theory]
    [InlineData("Name \"with\" quotes")]
    [InlineData("Back\\slash: and # hash")]
    [InlineData("- starts like a list")]
    [InlineData("Ñandú Café ☕")]
    public void Write_AnyName_SurvivesYaml(string name)
    {
        var listing = Read(FrontMatter("X")) with { Name = name };
        Assert.Equal(name, Read(ListingWriter.Write(listing)).Name);
    }

    public static TheoryData<string> Hostile => ["Name \"with\" quotes", "Back\\slash: and # hash", "- starts like a list", "Ñandú Café ☕ 😀",
        "key: value", "[not, a, list]", "{not: a map}", "& anchor * alias ! tag", "'single' quotes", "true", "null", "12:30", "% directive", "@at `tick`"];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Write_AnyText_InEveryTextField_SurvivesYaml(string text)
    {
        var original = Read(Everything);
        var listing = original with
        {
            Organization = text,
            Schedule = [original.Schedule[0] with { Name = text }],
            Locations = [original.Locations[0] with { Address = text, City = text }],
            Contact = original.Contact with { Phone = "617-555-0100 " + text, Referral = text },
            OtherServices = [text, text + " again"],
            Sources = [original.Sources[0] with { Name = text }],
        };
        var again = Read(ListingWriter.Write(listing));
        Assert.Equal(text, again.Organization);
        Assert.Equal(text, again.Schedule[0].Name);
        Assert.Equal((text, text), (again.Locations[0].Address, again.Locations[0].City));
        Assert.Equal(("617-555-0100 " + text, text), (again.Contact.Phone, again.Contact.Referral));
        Assert.Equal([text, text + " again"], again.OtherServices);
        Assert.Equal(text, again.Sources[0].Name);
    }
}
