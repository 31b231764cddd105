using IopFinder.Core.Common;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Content;

public class ListingValidatorTests
{
    private const string Virtual = "formats: [virtual]";

    [Fact]
    public void Validate_MinimalListing_IsValidWithDefaults()
    {
        var (listing, problems) = Validate("a-b", FrontMatter("Example"));
        Assert.Empty(problems);
        Assert.Equal(["en"], listing!.Languages);
        Assert.Null(listing.AcceptingNewPatients);
        Assert.Empty(listing.Schedule);
    }

    // Each row: the fields that replace the defaults, the file line of the problem, and what the message says.
    // Default front matter lines: 1 '---', 2 name, 3 levels_of_care, 4 conditions, 5 formats, 6-9 locations.
    [Theory]
    [InlineData("conditions: [depresion]", 4, "unknown conditions term 'depresion' (did you mean 'depression'?)")]
    [InlineData("conditions: [anxeity, ptsd]", 4, "did you mean 'anxiety'?")]
    [InlineData("conditions: []", 4, "missing required field 'conditions'")]
    [InlineData("formats: [in-person, telehealth]", 5, "unknown formats term 'telehealth'")]
    [InlineData("levels_of_care: []", 3, "missing required field 'levels_of_care'")]
    [InlineData("levels_of_care: [inpatient]", 3, "unknown levels of care term 'inpatient'")]
    [InlineData("medications: [suboxone]", 10, "unknown medications term 'suboxone'")]
    [InlineData("populations: [veteran]", 10, "unknown populations term 'veteran'")]
    [InlineData("genders: [females]", 10, "did you mean 'female'?")]
    [InlineData("description_language: klingon", 10, "'description_language' must be a language id")]
    [InlineData("source: [{year: 2023}]", 10, "'source' needs a 'name'")]
    [InlineData("name:", 2, "missing required field 'name'")]
    [InlineData("modalities: [cbt, dbtt]", 10, "did you mean 'dbt'?")]
    [InlineData("insurance: [medicaide]", 10, "did you mean 'medicaid'?")]
    [InlineData("languages: [english]", 10, "unknown languages term 'english'")]
    [InlineData("condtions: [anxiety]", 10, "unknown field 'condtions' (did you mean 'conditions'?)")]
    [InlineData(Virtual, 5, "needs 'virtual_states'")]
    [InlineData("virtual_states: [MA, XX]", 10, "'XX' in 'virtual_states' is not a two-letter US state")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: \"99999\"", 9, "ZIP 99999 is not a US ZIP code we know")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: 2139", 9, "must be five digits")]
    [InlineData("locations:\n  - city: Cambridge\n    state: Mass\n    zip: \"02139\"", 8, "'MASS' is not a two-letter US state")]
    [InlineData("locations:\n  - state: MA\n    zip: \"02139\"", 7, "a location needs a 'city'")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n    lat: 95\n    lon: -71", 10, "'lat' must be a number from -90 to 90")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n    lat: 42\n    lon: -200", 11, "'lon' must be a number from -180 to 180")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: \"02139\"\n    lat: 42", 7, "give both 'lat' and 'lon'")]
    [InlineData("locations:-", 5, "needs at least one entry under 'locations'")]
    [InlineData("schedule:\n  - days: [mon]\n    start: \"12:00\"\n    end: \"09:00\"", 13, "track ends at 09:00, not after it starts at 12:00")]
    [InlineData("schedule:\n  - days: [mon]\n    start: \"9am\"\n    end: \"12:00\"", 12, "'start' must be a 24-hour time HH:MM")]
    [InlineData("schedule:\n  - days: [mon]\n    start: \"25:00\"\n    end: \"26:00\"", 12, "'start' must be a 24-hour time")]
    [InlineData("schedule:\n  - days: [mon, funday]\n    start: \"09:00\"\n    end: \"12:00\"", 11, "unknown day 'funday'")]
    [InlineData("schedule:\n  - days: [monday]\n    start: \"09:00\"\n    end: \"12:00\"", 11, "did you mean 'mon'?")]
    [InlineData("schedule:\n  - start: \"09:00\"\n    end: \"12:00\"", 11, "needs 'days'")]
    [InlineData("program_weeks: {min: 12, max: 6}", 10, "max (6) is less than min (12)")]
    [InlineData("program_weeks: lots", 10, "'program_weeks' must be a whole number")]
    [InlineData("accepting_new_patients: maybe", 10, "must be true or false")]
    [InlineData("waitlist_weeks: -2", 10, "'waitlist_weeks' must be a whole number")]
    [InlineData("last_reviewed: 10/01/2026", 10, "'last_reviewed' must be a date like 2026-10-01")]
    [InlineData("contact:\n  website: javascript:alert(1)", 11, "must be a full address starting with https://")]
    [InlineData("contact:\n  email: not-an-email", 11, "is not an e-mail address")]
    [InlineData("contact:\n  phone: call us", 11, "must have 7 to 15 digits")]
    [InlineData("contact:\n  fax: \"555\"", 11, "unknown field 'fax' in 'contact'")]
    public void Validate_ReportsProblemAtLineOfOffendingKey(string field, int line, string message)
    {
        var (listing, problems) = Validate("example", FrontMatter("Example", field));
        Assert.Null(listing);
        Assert.Contains(problems, p => p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("programs/example.md:", p.ToString()));
        // Each problem also carries a stable code, which the portal words in Spanish.
        Assert.All(problems, p => Assert.Contains(p.Code ?? "no code", ProblemCodes.All));
    }

    // Each row: the field, the problem's code and the facts it carries for the portal to word, in the English message's order.
    [Theory]
    [InlineData("contact:\n  phone: call us", ProblemCodes.PhoneDigits, "call us")]
    [InlineData("locations:\n  - city: Cambridge\n    state: MA\n    zip: 2139", ProblemCodes.ZipFormat, "2139")]
    [InlineData("schedule:\n  - days: [mon]\n    start: \"12:00\"\n    end: \"09:00\"", ProblemCodes.ScheduleEndBeforeStart, "09:00", "12:00")]
    [InlineData("conditions: [depresion]", ProblemCodes.UnknownTerm, "conditions", "depresion", "depression")]
    [InlineData("languages: [english]", ProblemCodes.UnknownTerm, "languages", "english", "")]
    [InlineData("name:", ProblemCodes.Required, "name")]
    [InlineData("program_weeks: {min: 12, max: 6}", ProblemCodes.WeeksMaxBelowMin, "program_weeks", "6", "12")]
    public void Validate_Problem_CarriesItsCodeAndFacts_BesideTheUnchangedMessage(string field, string code, params string[] args)
    {
        var (_, problems) = Validate("example", FrontMatter("Example", field));

        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(args, problem.Args);
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("with space")]
    [InlineData("trailing-")]
    public void Validate_BadFileName_IsReported(string id)
    {
        var (listing, problems) = Validate(id, FrontMatter("Example"));
        Assert.Null(listing);
        Assert.Contains(problems, p => p.Message.Contains("must be lowercase letters, digits and dashes"));
    }

    [Fact]
    public void Validate_ReportsEveryProblemInOnePass()
    {
        var (_, problems) = Validate("x", FrontMatter("Example", "conditions: [depresion]", "insurance: [medicade]", "languages: [xx]"));
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Validate_SingleValueWhereListExpected_IsAccepted()
    {
        var (listing, problems) = Validate("x", FrontMatter("Example", "conditions: anxiety", "program_weeks: 8"));
        Assert.Empty(problems);
        Assert.Equal(["anxiety"], listing!.Conditions);
        Assert.Equal(8, listing.ProgramWeeks!.Min);
        Assert.Equal(8, listing.ProgramWeeks.Max);
    }

    [Fact]
    public void Validate_VirtualOnlyWithStates_NeedsNoLocation()
    {
        var (listing, problems) = Validate("x", FrontMatter("Example", Virtual, "virtual_states: [ma, NH]", "locations: []"));
        Assert.Empty(problems);
        Assert.Equal(["MA", "NH"], listing!.VirtualStates);
        Assert.Empty(listing.Locations);
    }

    [Fact]
    public void Validate_InPersonProgramWithTelehealth_NeedsNoVirtualStates()
    {
        var (listing, problems) = Validate("x", FrontMatter("Example", "formats: [in-person, virtual]"));
        Assert.Empty(problems);
        Assert.Empty(listing!.VirtualStates);
    }

    [Fact]
    public void Validate_DayProgram_IsAListingOfItsOwn()
    {
        var (listing, problems) = Validate("x", FrontMatter("Example", "levels_of_care: [php]", "medications: [buprenorphine]", "populations: [women]", "genders: [female]"));
        Assert.Empty(problems);
        Assert.Equal(["php"], listing!.LevelsOfCare);
        Assert.Equal(["buprenorphine"], listing.Medications);
        Assert.Equal(["women"], listing.Populations);
        Assert.Equal(["female"], listing.Genders);
    }
}
