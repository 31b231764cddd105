namespace IopFinder.Core.Import;

/// <summary>
/// One of SAMHSA's National Directories, recognised by its exact header: the substance-use directory
/// (2023), whose intensive outpatient facilities (<c>OIT</c>) are imported, and the mental-health
/// directory (2024), whose partial hospitalization / day treatment facilities (<c>PHDT</c>) are.
/// </summary>
/// <param name="Code">The directory's key in the code map: <c>su</c> or <c>mh</c>.</param>
/// <param name="SourceName">How listings cite it.</param>
/// <param name="DefaultYear">Its edition, when the file name does not say.</param>
/// <param name="SelectionCode">The service code that selects a facility for import.</param>
/// <param name="Header">Its columns, exactly as the published file names them.</param>
public sealed record SamhsaDirectory(string Code, string SourceName, int DefaultYear, string SelectionCode, IReadOnlyList<string> Header)
{
    /// <summary>The National Directory of Substance Use Treatment Facilities.</summary>
    public static SamhsaDirectory SubstanceUse { get; } = new("su", "SAMHSA National Directory of Substance Use Treatment Facilities", 2023, "OIT",
        ["Name1", "Name2", "Street1", "Street2", "City", "State", "Zip", "Phone", "Intake1", "Intake2", "Intake1a", "Intake2a", "Service_code_info"]);

    /// <summary>The National Directory of Mental Health Treatment Facilities.</summary>
    public static SamhsaDirectory MentalHealth { get; } = new("mh", "SAMHSA National Directory of Mental Health Treatment Facilities", 2024, "PHDT",
        ["name1", "name2", "street1", "street2", "city", "state", "zip", "phone", "intake1", "intake2", "intake1a", "intake2a", "service_code_info"]);

    /// <summary>Both directories.</summary>
    public static IReadOnlyList<SamhsaDirectory> All { get; } = [SubstanceUse, MentalHealth];

    /// <summary>The directory whose header this is, or null.</summary>
    public static SamhsaDirectory? Recognize(IReadOnlyList<string> header) =>
        All.FirstOrDefault(d => d.Header.SequenceEqual(header.Select(h => h.Trim().TrimStart('\uFEFF')), StringComparer.Ordinal));

    /// <summary>True when a listing source is one of the SAMHSA directories.</summary>
    public static bool IsSamhsa(string sourceName) => All.Any(d => d.SourceName == sourceName);
}
