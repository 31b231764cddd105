namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>A content folder of listings whose staff wrote their own service lines and referral line, in English and in Spanish, beside a phrase the import writes.</summary>
public sealed class StaffWordsFactory : SiteFactory
{
    public const string ImportPhrase = "Help finding housing";
    public const string EnglishService = "Art studio open on Friday afternoons";
    public const string EnglishReferral = "Ask your doctor to fax us at 617-555-0101";
    public const string SpanishService = "Clases de yoga los sábados";
    public const string SpanishReferral = "Llame primero al 253-555-0199";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-staff-words-" + Guid.NewGuid().ToString("N"));

    public StaffWordsFactory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(_dir, "programs", "staff-english.md"), Listing("Staff English Example IOP", "en", EnglishService, EnglishReferral));
        File.WriteAllText(Path.Combine(_dir, "programs", "staff-spanish.md"), Listing("Staff Spanish Example IOP", "es", SpanishService, SpanishReferral));
    }

    public override string ContentPath => _dir;

    private static string Listing(string name, string language, string service, string referral) => $"""
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
          referral: "{referral}"
        other_services: ["{ImportPhrase}", "{service}"]
        description_language: {language}
        ---
        A listing written by program staff.
        """;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
