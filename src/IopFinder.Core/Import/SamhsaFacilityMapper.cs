using IopFinder.Core.Fields;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Import;

/// <summary>Turns a facility (its row and the facts of its codes, from one directory or both) into a listing without its id.</summary>
public sealed class SamhsaFacilityMapper(ZipTable zips)
{
    /// <summary>
    /// What the import writes before a facility's intake numbers in <see cref="Contact.Referral"/>
    /// ("Intake: 617-555-0100"): the import's own word, which pages word in the reader's language.
    /// </summary>
    public const string IntakePrefix = "Intake: ";

    /// <summary>The listing, or the problem that keeps the row out.</summary>
    public (Listing? Listing, string? Problem) Map(SamhsaRow row, FacilityFacts facts, IReadOnlyList<ListingSource> sources)
    {
        var name = FacilityName.Of(row["name1"], row["name2"]);
        if (name.Length == 0) return (null, "facility has no name");
        var state = row["state"].ToUpperInvariant();
        if (!UsStates.IsValid(state)) return (null, $"'{state}' is not a US state code");
        var zip = NormalizeZip(row["zip"]);
        if (zip is null || zips.Find(zip) is null) return (null, $"ZIP '{row["zip"]}' is not in the ZIP table");

        var phone = row["phone"];
        var intake = new[] { "intake1", "intake2", "intake1a", "intake2a" }.Select(k => row[k]).Where(v => v.Length > 0).Distinct().ToList();
        var listing = new Listing
        {
            Id = "",
            Name = name,
            Terms = Terms(facts),
            Locations = [new Location { Address = Address(row), City = row["city"], State = state, Zip = zip }],
            Contact = new Contact
            {
                Phone = IsDialable(phone) ? phone : null,
                Referral = intake.Count > 0 ? IntakePrefix + string.Join(", ", intake) : null,
            },
            OtherServices = facts.OtherServices,
            Sources = sources,
        };
        return (listing, null);
    }

    /// <summary>Every term field's ids as the facility's codes state them, in the order the import has always written them.</summary>
    private static ListingTerms Terms(FacilityFacts facts)
    {
        var terms = ListingTerms.Of(ListingFields.TermFields.Select(f => new TermList(f.Vocabulary!, facts.Terms(f.Vocabulary!))));
        return terms
            .With(VocabularyNames.LevelsOfCare, Ordered(facts.Terms(VocabularyNames.LevelsOfCare), ["iop", "php"]))
            // Every facility is visited at its address; telehealth is said as it is, without claiming where it reaches.
            .With(VocabularyNames.Formats, ["in-person", .. terms[VocabularyNames.Formats].Where(f => f != "in-person")])
            .With(VocabularyNames.Languages, ["en", .. terms[VocabularyNames.Languages].Where(l => l != "en")]);
    }

    /// <summary>Five digits; a ZIP that lost its leading zeros in a spreadsheet gets them back; ZIP+4 keeps the first five.</summary>
    public static string? NormalizeZip(string raw)
    {
        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            >= 3 and <= 5 => digits.PadLeft(5, '0'),
            9 => digits[..5],
            _ => null,
        };
    }

    private static List<string> Ordered(List<string> terms, string[] order) => [.. terms.OrderBy(t => Array.IndexOf(order, t))];

    private static string? Address(SamhsaRow row)
    {
        // SAMHSA withholds some addresses as "- - -".
        static bool Withheld(string s) => s.Length == 0 || s.All(ch => ch is '-' or ' ');
        var parts = new[] { row["street1"], row["street2"] }.Where(s => !Withheld(s)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static bool IsDialable(string phone) => phone.Count(char.IsAsciiDigit) is >= 7 and <= 15;
}
