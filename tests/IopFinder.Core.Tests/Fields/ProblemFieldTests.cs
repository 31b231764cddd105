using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Fields;

/// <summary>Each problem names the YAML key it is about, so the staff editor can show it at its input.</summary>
public class ProblemFieldTests
{
    private const string TwoSites = "locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n  - city: Boston\n    state: MA\n    zip: \"0210\"";

    // Each row: the fields that replace the defaults, the key the problem names, and what its message says.
    [Theory]
    [InlineData("conditions: [depresion]", "conditions", "did you mean 'depression'?")]
    [InlineData("contact:\n  phone: \"12\"", "contact.phone", "must have 7 to 15 digits")]
    [InlineData("contact:\n  website: example.org", "contact.website", "must be a full address")]
    [InlineData("contact:\n  fax: \"617-555-0101\"", "contact.fax", "unknown field 'fax' in 'contact'")]
    [InlineData("schedule:\n  - days: [mon, fry]\n    start: \"09:00\"\n    end: \"12:00\"", "schedule[0].days", "unknown day 'fry'")]
    [InlineData("schedule:\n  - days: [mon]\n    start: \"09:00\"\n    end: \"12:00\"\n  - days: [tue]\n    start: \"13:00\"\n    end: \"12:00\"", "schedule[1].end", "not after it starts")]
    [InlineData("schedule:\n  - days: [mon]\n    end: \"12:00\"", "schedule[0].start", "needs 'start'")]
    [InlineData(TwoSites, "locations[1].zip", "must be five digits")]
    [InlineData("program_weeks: {min: 12, max: 6}", "program_weeks", "max (6) is less than min (12)")]
    [InlineData("program_weeks: {min: 0, max: 6}", "program_weeks.min", "whole number from 1 to 104")]
    [InlineData("waitlist_weeks: soon", "waitlist_weeks", "must be a whole number")]
    [InlineData("accepting_new_patients: maybe", "accepting_new_patients", "must be true or false")]
    [InlineData("openings_updated: last week", "openings_updated", "must be a date like 2026-10-01")]
    [InlineData("confirmed: 2026-11-30", "confirmed", "like {date: 2026-11-30, by: program}")]
    [InlineData("confirmed: {by: program}", "confirmed.date", "needs a 'date'")]
    [InlineData("confirmed: {date: 2026-02-30, by: program}", "confirmed.date", "must be a date like")]
    [InlineData("confirmed: {date: 2026-11-30}", "confirmed.by", "needs 'by': program or maintainer")]
    [InlineData("confirmed: {date: 2026-11-30, by: programme}", "confirmed.by", "did you mean 'program'?")]
    [InlineData("confirmed: {date: 2026-11-30, by: program, note: x}", "confirmed.note", "unknown field 'note' in 'confirmed'")]
    [InlineData("source: [{year: 2023}]", "source[0].name", "'source' needs a 'name'")]
    [InlineData("nmae: X", "nmae", "unknown field 'nmae' (did you mean 'name'?)")]
    [InlineData("formats: [virtual]", "virtual_states", "needs 'virtual_states'")]
    public void Problem_NamesTheKeyOfItsField(string field, string key, string message)
    {
        var (listing, problems) = Validate("x", FrontMatter("X", field));
        Assert.Null(listing);
        var problem = Assert.Single(problems);
        Assert.Equal(key, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.StartsWith($"programs/x.md:{problem.Line}: ", problem.ToString());
    }

    [Theory]
    [InlineData("confirmed: {date: 2026-11-30, by: program}", "2026-11-30", Listings.ConfirmedBy.Program)]
    [InlineData("confirmed: {date: 2025-01-02, by: Maintainer}", "2025-01-02", Listings.ConfirmedBy.Maintainer)]
    public void Confirmed_IsReadAsADateAndWhoConfirmed(string field, string date, Listings.ConfirmedBy by)
    {
        var listing = Listing("x", FrontMatter("X", field));
        Assert.Equal(new Listings.Confirmation(DateOnly.Parse(date), by), listing.Confirmed);
    }

    [Fact]
    public void OpeningsUpdated_IsReadAsADate()
    {
        var listing = Listing("x", FrontMatter("X", "accepting_new_patients: true", "openings_updated: 2026-11-30"));
        Assert.Equal(new DateOnly(2026, 11, 30), listing.OpeningsUpdated);
    }
}
