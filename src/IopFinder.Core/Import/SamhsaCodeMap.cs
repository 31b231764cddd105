namespace IopFinder.Core.Import;

/// <summary>
/// How SAMHSA National Directory service codes become IopFinder terms, in one table (documented in
/// README). Codes not in the table are kept as "Services listed by SAMHSA" with their plain names.
/// </summary>
public static class SamhsaCodeMap
{
    /// <summary>The code that marks an intensive outpatient facility.</summary>
    public const string IntensiveOutpatient = "OIT";

    /// <summary>Code → (listing field, term id). One code may set several terms.</summary>
    public static IReadOnlyList<(string Code, string Field, string Term)> Entries { get; } =
    [
        ("OIT", "levels_of_care", "iop"),
        ("ODT", "levels_of_care", "php"),
        ("SA", "conditions", "substance-use"),
        ("SUMH", "conditions", "co-occurring"),
        ("CO", "conditions", "co-occurring"),
        ("CBT", "modalities", "cbt"),
        ("TRC", "modalities", "trauma-informed"),
        ("MOTI", "modalities", "motivational-interviewing"),
        ("RELP", "modalities", "relapse-prevention"),
        ("MMD", "modalities", "medication-management"),
        ("ICO", "modalities", "individual-therapy"),
        ("GCO", "modalities", "group-therapy"),
        ("FCO", "modalities", "family-therapy"),
        ("TELE", "formats", "virtual"),
        ("MD", "insurance", "medicaid"),
        ("MC", "insurance", "medicare"),
        ("PI", "insurance", "private"),
        ("SS", "insurance", "sliding-scale"),
        ("SF", "insurance", "self-pay"),
        ("MI", "insurance", "tricare"),
        ("SP", "languages", "es"),
        ("F4", "languages", "ar"),
        ("F17", "languages", "zh"),
        ("F19", "languages", "ht"),
        ("F25", "languages", "fa"),
        ("F28", "languages", "fr"),
        ("F30", "languages", "de"),
        ("F31", "languages", "el"),
        ("F35", "languages", "he"),
        ("F36", "languages", "hi"),
        ("F42", "languages", "it"),
        ("F43", "languages", "ja"),
        ("F47", "languages", "ko"),
        ("F66", "languages", "pl"),
        ("F67", "languages", "pt"),
        ("F70", "languages", "ru"),
        ("F81", "languages", "tl"),
        ("F92", "languages", "vi"),
        ("N24", "languages", "oj"),
        ("JC", "accreditation", "joint-commission"),
        ("CARF", "accreditation", "carf"),
        ("COA", "accreditation", "coa"),
        ("NCQA", "accreditation", "ncqa"),
        ("CHLD", "ages", "children"),
        ("CHLD", "ages", "adolescents"),
        ("YAD", "ages", "young-adults"),
        ("ADLT", "ages", "adults"),
        ("SNR", "ages", "older-adults"),
        ("VET", "features", "veterans"),
        ("ADM", "features", "veterans"),
        ("MF", "features", "veterans"),
        ("GL", "features", "lgbtq-affirming"),
        ("PEER", "features", "peer-support"),
        ("AH", "features", "sign-language"),
        ("ACC", "features", "aftercare-planning"),
        ("DP", "features", "aftercare-planning"),
    ];

    /// <summary>Codes that carry no information of their own once mapped or implied (every listing is in person, at its address).</summary>
    public static IReadOnlySet<string> Implied { get; } = new HashSet<string>(["OP", "FX", "SL"], StringComparer.Ordinal);

    /// <summary>Terms for a field from a set of codes, in table order, without repeats.</summary>
    public static List<string> Terms(IReadOnlySet<string> codes, string field) =>
        Entries.Where(e => e.Field == field && codes.Contains(e.Code)).Select(e => e.Term).Distinct().ToList();

    /// <summary>True when the code is consumed by the table.</summary>
    public static bool IsMapped(string code) => Implied.Contains(code) || Entries.Any(e => e.Code == code);
}
