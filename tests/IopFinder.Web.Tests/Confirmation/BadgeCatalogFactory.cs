namespace IopFinder.Web.Tests.Confirmation;

/// <summary>
/// A content folder judged on <see cref="SiteFactory.Today"/> (November 24, 2026): a listing its program
/// confirmed (openings set 4 days ago), one imported from SAMHSA that IopFinder checked, one whose confirmation and openings lapsed,
/// one imported from SAMHSA and never confirmed, and one written by hand with undated openings.
/// </summary>
public sealed class BadgeCatalogFactory : SiteFactory
{
    public const string Confirmed = "confirmed-iop", Checked = "checked-iop", Lapsed = "lapsed-iop", Never = "never-iop", Undated = "undated-iop";

    private const string Samhsa = "source: {name: \"SAMHSA National Directory of Substance Use Treatment Facilities\", year: 2023, imported: 2026-11-01}";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-badge-" + Guid.NewGuid().ToString("N"));

    public BadgeCatalogFactory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
        Write(Confirmed, "Confirmed Example IOP", "accepting_new_patients: true\nwaitlist_weeks: 2\nopenings_updated: 2026-11-20\nconfirmed: {date: 2026-11-01, by: program}");
        Write(Checked, "Checked Example IOP", "confirmed: {date: 2026-10-01, by: maintainer}\n" + Samhsa);
        Write(Lapsed, "Lapsed Example IOP", "accepting_new_patients: true\nwaitlist_weeks: 3\nopenings_updated: 2026-10-01\nconfirmed: {date: 2026-08-01, by: program}");
        Write(Never, "Never Example IOP", Samhsa);
        Write(Undated, "Undated Example IOP", "accepting_new_patients: false");
    }

    public override string ContentPath => _dir;

    private void Write(string id, string name, string extra) => File.WriteAllText(Path.Combine(_dir, "programs", id + ".md"), $"""
        ---
        name: {name}
        levels_of_care: [iop]
        conditions: [depression]
        formats: [in-person]
        locations:
          - city: Cambridge
            state: MA
            zip: "02139"
        contact:
          phone: "617-555-0100"
        {extra}
        ---
        An example listing.
        """);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
