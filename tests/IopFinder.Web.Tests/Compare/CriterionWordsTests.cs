using System.Text.Json;

namespace IopFinder.Web.Tests.Compare;

/// <summary>Three listings to compare: one that says a lot, one that says little, one that is closed.</summary>
public sealed class ChecklistFactory : SiteFactory
{
    public ChecklistFactory()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(Dir, "taxonomy.yml"));
        Write("full", """
            name: Full Program
            levels_of_care: [iop]
            conditions: [depression, anxiety]
            modalities: [cbt, dbt]
            insurance: [medicaid, bcbs]
            ages: [adults]
            formats: [in-person, virtual]
            virtual_states: [MA]
            accreditation: [carf]
            features: [psychiatrist-on-staff, crisis-plan]
            accepting_new_patients: true
            waitlist_weeks: 2
            last_reviewed: 2026-06-01
            schedule:
              - track: Evening
                days: [mon, wed, thu]
                start: "17:30"
                end: "20:30"
            locations:
              - city: Cambridge
                state: MA
                zip: "02139"
            """);
        Write("sparse", """
            name: Sparse Program
            levels_of_care: [iop]
            conditions: [mental-health, co-occurring]
            formats: [in-person, virtual]
            locations:
              - city: Worcester
                state: MA
                zip: "01608"
            """);
        Write("closed", """
            name: Closed Program
            levels_of_care: [iop]
            conditions: [anxiety]
            insurance: [bcbs]
            accepting_new_patients: false
            last_reviewed: 2025-11-01
            formats: [in-person]
            schedule:
              - track: Morning
                days: [mon, tue, wed, thu, fri]
                start: "09:00"
                end: "12:00"
            locations:
              - city: Cambridge
                state: MA
                zip: "02139"
            """);
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "iopfinder-checklist-" + Guid.NewGuid().ToString("N"));

    public override string ContentPath => Dir;

    private void Write(string id, string frontMatter) => File.WriteAllText(Path.Combine(Dir, "programs", id + ".md"), $"---\n{frontMatter}\n---\n");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}

/// <summary>Each need's cell in words: the outcome and a one-line why, as the comparison and the API show them.</summary>
public class CriterionWordsTests(ChecklistFactory factory) : IClassFixture<ChecklistFactory>
{
    [Theory]
    [InlineData("condition=depression", "full", "Yes", "Lists depression")]
    [InlineData("condition=depression&condition=ptsd", "full", "Partly", "1 of 2 you asked for: depression; does not list PTSD and trauma")]
    [InlineData("condition=depression", "sparse", "Not listed — ask", "Lists mental health and mental health and substance use together, not depression in particular — ask")]
    [InlineData("modality=dbt", "sparse", "Not listed — ask", "The listing does not name its therapies")]
    [InlineData("insurance=medicaid", "full", "Yes", "Takes Medicaid")]
    [InlineData("insurance=medicaid", "closed", "No", "Does not list Medicaid; lists Blue Cross Blue Shield")]
    [InlineData("insurance=aetna", "full", "No", "Does not list Aetna; lists Medicaid and Blue Cross Blue Shield")]
    [InlineData("insurance=aetna", "sparse", "Not listed — ask", "The listing does not name its insurance")]
    [InlineData("time=evening", "full", "Yes", "Evening track Mon/Wed/Thu 5:30–8:30 pm fits your evenings")]
    [InlineData("time=evening", "closed", "No", "No evening track: Morning 9 am–12 pm")]
    [InlineData("time=evening", "sparse", "Not listed — ask", "The listing has no schedule")]
    [InlineData("day=mon&day=wed&day=thu", "full", "Yes", "Evening track meets Mon/Wed/Thu, days you can attend")]
    [InlineData("max_hours=9", "closed", "No", "Fewest hours: 15 h/week, more than your 9")]
    [InlineData("near=02139&radius=10", "full", "Yes", "Under 1 mile away")]
    [InlineData("near=01608&radius=5", "full", "Yes", "Virtual care available in MA")]
    [InlineData("near=02139&radius=5", "sparse", "No", "miles away, beyond your 5")]
    [InlineData("w.psychiatrist-on-staff=2", "sparse", "Not listed — ask", "The listing does not say")]
    [InlineData("w.accepting=2", "full", "Yes", "Accepting; usual wait about 2 weeks")]
    [InlineData("w.accepting=2", "closed", "No", "Not accepting new patients now")]
    [InlineData("w.accreditation=2", "full", "Yes", "Accredited by CARF")]
    [InlineData("w.fresh=2", "closed", "No", "over a year ago")]
    [InlineData("w.fresh=2", "sparse", "No", "No review date")]
    [InlineData("w.schedule=2", "full", "Yes", "Schedule listed: Mon/Wed/Thu · 5:30–8:30 pm")]
    public async Task Compare_EachCellSaysItsOutcomeAndWhy(string query, string id, string word, string why)
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/compare?ids={id}&{query}")).RootElement;
        var criterion = json.GetProperty("programs")[0].GetProperty("criteria")[0];
        var expected = word switch { "Yes" => "met", "Partly" => "partial", "No" => "unmet", _ => "unknown" };
        Assert.Equal(expected, criterion.GetProperty("result").GetString());
        Assert.Contains(why, criterion.GetProperty("why").GetString());
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/compare?ids={id}&{query}"));
        Assert.Contains(word, page.QuerySelector(".compare-table tbody td")!.TextContent);
    }

    [Theory]
    [InlineData("insurance=medicaid", "sparse", "Do you accept Medicaid?")]
    [InlineData("condition=depression", "sparse", "Do you treat depression?")]
    [InlineData("time=evening", "sparse", "What days and times do your groups meet")]
    [InlineData("w.crisis-plan=2", "sparse", "Will I leave with a written safety plan")]
    [InlineData("feature=transportation", "full", "Do you offer: help with transportation?")]
    [InlineData("condition=depression&lang=es", "sparse", "¿Tratan este problema: depresión?")]
    public async Task Compare_UnknownsBecomeQuestions(string query, string id, string question)
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/compare?ids={id}&{query}")).RootElement;
        Assert.Contains(json.GetProperty("programs")[0].GetProperty("questions").EnumerateArray(), q => q.GetString()!.StartsWith(question));
    }
}
