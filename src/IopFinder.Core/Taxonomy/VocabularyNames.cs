namespace IopFinder.Core.Taxonomy;

/// <summary>The vocabularies <c>taxonomy.yml</c> must define, by their keys (each is also the listing field that uses it).</summary>
public static class VocabularyNames
{
    /// <summary>Levels of care (iop, php).</summary>
    public const string LevelsOfCare = "levels_of_care";
    /// <summary>Conditions treated.</summary>
    public const string Conditions = "conditions";
    /// <summary>Therapies and treatments.</summary>
    public const string Modalities = "modalities";
    /// <summary>Medications for opioid and alcohol use.</summary>
    public const string Medications = "medications";
    /// <summary>Groups a program has designed a program for.</summary>
    public const string Populations = "populations";
    /// <summary>Genders accepted.</summary>
    public const string Genders = "genders";
    /// <summary>Age groups served.</summary>
    public const string Ages = "ages";
    /// <summary>In person, virtual, hybrid.</summary>
    public const string Formats = "formats";
    /// <summary>Insurance and payment.</summary>
    public const string Insurance = "insurance";
    /// <summary>ISO 639-1 languages.</summary>
    public const string Languages = "languages";
    /// <summary>Accrediting bodies.</summary>
    public const string Accreditation = "accreditation";
    /// <summary>Program features and quality criteria.</summary>
    public const string Features = "features";

    /// <summary>Every vocabulary, in the order the staff guide shows them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Conditions, Modalities, Medications, Formats, Insurance, Ages, Genders, Populations, Languages, Accreditation, Features, LevelsOfCare];

    /// <summary>Format ids the search and checklist logic depend on.</summary>
    public static IReadOnlyList<string> RequiredFormats { get; } = ["in-person", "virtual", "hybrid"];
}
