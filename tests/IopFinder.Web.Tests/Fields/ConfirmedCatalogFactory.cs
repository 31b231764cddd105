namespace IopFinder.Web.Tests.Fields;

/// <summary>A content folder with one listing that names a term of every vocabulary, its openings dated and a confirmation by the program.</summary>
public sealed class ConfirmedCatalogFactory : SiteFactory
{
    public const string Id = "confirmed-example-iop";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-confirmed-" + Guid.NewGuid().ToString("N"));

    public ConfirmedCatalogFactory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(_dir, "programs", Id + ".md"), """
            ---
            name: Confirmed Example IOP
            levels_of_care: [iop]
            conditions: [depression, anxiety]
            modalities: [cbt]
            ages: [adults]
            formats: [in-person]
            insurance: [medicaid]
            languages: [en, es]
            accreditation: [carf]
            medications: [naltrexone]
            populations: [women]
            genders: [female]
            features: [crisis-plan]
            locations:
              - city: Cambridge
                state: MA
                zip: "02139"
            accepting_new_patients: true
            waitlist_weeks: 1
            openings_updated: 2026-11-28
            last_reviewed: 2026-10-01
            confirmed: {date: 2026-11-30, by: program}
            ---
            A listing its program confirmed.
            """);
    }

    public override string ContentPath => _dir;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
