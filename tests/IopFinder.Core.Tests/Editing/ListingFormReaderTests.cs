using IopFinder.Core.Common;
using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

public class ListingFormReaderTests
{
    [Fact]
    public void Read_CompleteForm_GivesTheListingItDescribes()
    {
        var result = Reader().Read("harbor-view-iop", Valid(), null);

        Assert.Empty(result.Problems);
        var listing = result.Listing!;
        Assert.Equal("Harbor View IOP", listing.Name);
        Assert.Equal(["depression", "anxiety"], listing.Conditions);
        var track = Assert.Single(listing.Schedule);
        Assert.Equal("Evening", track.Name);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Thursday], track.Days);
        Assert.Equal(new TimeOnly(17, 30), track.Start);
        Assert.Equal("02139", Assert.Single(listing.Locations).Zip);
        Assert.Equal("617-555-0100", listing.Contact.Phone);
        Assert.True(listing.AcceptingNewPatients);
        Assert.Equal(new(6, 8), listing.ProgramWeeks);
        Assert.Equal("Evening groups for working adults.\n\nCall to book an assessment.\n", listing.Body);
        Assert.Contains("conditions: [depression, anxiety]", result.Text);
    }

    // Each row: inputs replaced (null removes one), the form key the problem is shown at, and the validator's words.
    [Theory]
    [InlineData("contact.phone", "call us", "contact.phone", "must have 7 to 15 digits")]
    [InlineData("contact.website", "javascript:alert(1)", "contact.website", "must be a full address starting with https://")]
    [InlineData("conditions", "depresion", "conditions", "did you mean 'depression'?")]
    [InlineData("schedule[0].start", "9am", "schedule[0].start", "'start' must be a 24-hour time HH:MM")]
    [InlineData("schedule[0].end", "08:00", "schedule[0].end", "track ends at 08:00, not after it starts at 17:30")]
    [InlineData("schedule[0].days", "funday", "schedule[0].days", "unknown day 'funday'")]
    [InlineData("schedule[0].days", null, "schedule[0]", "a schedule track needs 'days'")]
    [InlineData("locations[0].zip", "abcde", "locations[0].zip", "ZIP 'abcde' must be five digits")]
    [InlineData("locations[0].zip", "99999", "locations[0].zip", "ZIP 99999 is not a US ZIP code we know")]
    [InlineData("locations[0].city", null, "locations[0]", "a location needs a 'city'")]
    [InlineData("locations[0].state", "Mass", "locations[0].state", "'MASS' is not a two-letter US state")]
    [InlineData("program_weeks.max", "2", "program_weeks", "max (2) is less than min (6)")]
    [InlineData("program_weeks.max", null, "program_weeks", "needs both 'min' and 'max'")]
    [InlineData("accepting_new_patients", "maybe", "accepting_new_patients", "must be true or false")]
    [InlineData("waitlist_weeks", "-2", "waitlist_weeks", "'waitlist_weeks' must be a whole number")]
    [InlineData("name", null, "name", "missing required field 'name'")]
    [InlineData("name", "  ", "name", "missing required field 'name'")]
    [InlineData("conditions", null, "conditions", "missing required field 'conditions'")]
    [InlineData("formats", "virtual", "formats", "a virtual-only program needs 'virtual_states'")]
    [InlineData("virtual_states", "XX", "virtual_states", "'XX' in 'virtual_states' is not a two-letter US state")]
    [InlineData("contact.fax", "555-0100", "contact.fax", "unknown field 'fax' in 'contact'")]
    [InlineData("schedule[0].room", "B", "schedule[0].room", "unknown field 'room' in a 'schedule' track")]
    [InlineData("condtions", "anxiety", "condtions", "unknown field 'condtions' (did you mean 'conditions'?)")]
    public void Read_InvalidValue_GivesValidatorMessageAtItsInput(string input, string? value, string key, string message)
    {
        var result = Reader().Read("harbor-view-iop", With((input, value is null ? null : [value])), null);

        Assert.Null(result.Listing);
        Assert.Contains(result.Problems, p => p.Key == key && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.Contains(p.Code ?? "no code", ProblemCodes.All));
    }

    // Each row: an input replaced, the form key, and the code and facts the portal words at that input.
    [Theory]
    [InlineData("contact.phone", "12", "contact.phone", ProblemCodes.PhoneDigits, "12")]
    [InlineData("locations[0].zip", "ABCDE", "locations[0].zip", ProblemCodes.ZipFormat, "ABCDE")]
    [InlineData("schedule[0].end", "08:00", "schedule[0].end", ProblemCodes.ScheduleEndBeforeStart, "08:00", "17:30")]
    [InlineData("conditions", "depresion", "conditions", ProblemCodes.UnknownTerm, "conditions", "depresion", "depression")]
    [InlineData("body", "Hi <b>there</b>", "body", ProblemCodes.BodyHtml, "<b>")]
    public void Read_InvalidValue_CarriesTheCodeAndFactsAtItsInput(string input, string value, string key, string code, params string[] args)
    {
        var result = Reader().Read("harbor-view-iop", With((input, [value])), null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(key, problem.Key);
        Assert.Equal(code, problem.Code);
        Assert.Equal(args, problem.Args);
    }

    [Fact]
    public void Read_LocationsRemovedFromInPersonProgram_IsShownAtFormats()
    {
        var form = Valid().Where(p => !p.Key.StartsWith("locations", StringComparison.Ordinal)).ToList();

        var result = Reader().Read("harbor-view-iop", form, null);

        Assert.Contains(result.Problems, p => p.Key == "formats" && p.Message.Contains("needs at least one entry under 'locations'"));
    }

    [Fact]
    public void Read_EntriesOutOfOrderWithGapsAndBlankRows_KeepsFilledEntriesInIndexOrder()
    {
        var form = With(
            ("schedule[7].track", ["Morning"]), ("schedule[7].days", ["tue"]), ("schedule[7].start", ["09:00"]), ("schedule[7].end", ["12:00"]),
            ("schedule[2].track", [""]), ("schedule[2].days", []), ("schedule[2].start", [""]), ("schedule[2].end", [" "]));
        form.Reverse();

        var result = Reader().Read("harbor-view-iop", form, null);

        Assert.Empty(result.Problems);
        Assert.Equal(["Evening", "Morning"], result.Listing!.Schedule.Select(t => t.Name));
    }

    [Theory]
    [InlineData("Café \"Quotes\" & Co: #1")]
    [InlineData("- starts like a list")]
    [InlineData("&anchor *alias {flow} [seq] | > ! % @ `")]
    [InlineData("Back\\slash and 'single' quotes")]
    [InlineData("null")]
    [InlineData("Clínica Esperanza 😊")]
    public void Read_NameWithYamlSyntax_IsKeptAsWritten(string name)
    {
        var result = Reader().Read("harbor-view-iop", With(("name", [name])), null);

        Assert.Empty(result.Problems);
        Assert.Equal(name, result.Listing!.Name);
    }

    [Fact]
    public void Read_ControlCharactersInValue_AreMadeSpaces()
    {
        var result = Reader().Read("harbor-view-iop", With(("contact.referral", ["Call first\r\n\u0000then\u2028fax"])), null);

        Assert.Equal("Call first   then fax", result.Listing!.Contact.Referral);
    }

    [Fact]
    public void Read_OpenedFileWithImportSource_KeepsSourceAndExampleFlag()
    {
        var opened = ValidText().Replace("---\nEvening", "source: {name: \"SAMHSA\", year: 2023}\nexample: true\n---\nEvening");

        var result = Reader().Read("harbor-view-iop", With(("contact.phone", ["617-555-0199"])), opened);

        Assert.Equal("SAMHSA", Assert.Single(result.Listing!.Sources).Name);
        Assert.True(result.Listing.Example);
        Assert.Equal("617-555-0199", result.Listing.Contact.Phone);
    }
}
