using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Import;

/// <summary>Turns one row of a SAMHSA National Directory CSV into a listing (without its id), or says why it cannot.</summary>
public sealed class SamhsaFacilityMapper(ZipTable zips, IReadOnlyDictionary<string, string> codeNames, ListingSource source)
{
    /// <summary>The listing, or null with a problem; null without a problem for a facility that is not intensive outpatient.</summary>
    public (Listing? Listing, string? Problem) Map(IReadOnlyDictionary<string, string> row)
    {
        var codeList = Get(row, "Service_code_info").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => c != "*").ToList();
        var codes = new HashSet<string>(codeList, StringComparer.Ordinal);
        if (!codes.Contains(SamhsaCodeMap.IntensiveOutpatient)) return (null, null);

        var name = Get(row, "Name1");
        if (name.Length == 0) return (null, "facility has no name");
        var state = Get(row, "State").ToUpperInvariant();
        if (!UsStates.IsValid(state)) return (null, $"'{state}' is not a US state code");
        var zip = NormalizeZip(Get(row, "Zip"));
        if (zip is null || zips.Find(zip) is null) return (null, $"ZIP '{Get(row, "Zip")}' is not in the ZIP table");

        var formats = new List<string> { "in-person" };
        formats.AddRange(SamhsaCodeMap.Terms(codes, "formats"));
        var conditions = new List<string> { "substance-use" };
        conditions.AddRange(SamhsaCodeMap.Terms(codes, "conditions").Where(c => c != "substance-use"));
        var languages = new List<string> { "en" };
        languages.AddRange(SamhsaCodeMap.Terms(codes, "languages"));
        var phone = Get(row, "Phone");
        var intake = new[] { "Intake1", "Intake2", "Intake1a", "Intake2a" }.Select(k => Get(row, k)).Where(v => v.Length > 0).Distinct().ToList();

        var listing = new Listing
        {
            Id = "",
            Name = name,
            LevelsOfCare = SamhsaCodeMap.Terms(codes, "levels_of_care"),
            Conditions = conditions,
            Modalities = SamhsaCodeMap.Terms(codes, "modalities"),
            Ages = SamhsaCodeMap.Terms(codes, "ages"),
            Formats = formats,
            VirtualStates = formats.Contains("virtual") ? [state] : [],
            Insurance = SamhsaCodeMap.Terms(codes, "insurance"),
            Languages = languages,
            Accreditation = SamhsaCodeMap.Terms(codes, "accreditation"),
            Features = SamhsaCodeMap.Terms(codes, "features"),
            Locations = [new Location { Address = Address(row), City = Get(row, "City"), State = state, Zip = zip }],
            Contact = new Contact
            {
                Phone = IsDialable(phone) ? phone : null,
                Referral = intake.Count > 0 ? $"Intake: {string.Join(", ", intake)}" : null,
            },
            OtherServices = codeList.Where(c => !SamhsaCodeMap.IsMapped(c)).Select(c => codeNames.GetValueOrDefault(c, c)).Distinct().ToList(),
            Source = source,
            Body = Get(row, "Name2") is { Length: > 0 } alias ? $"Also listed as: {alias}.\n" : "",
        };
        return (listing, null);
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

    private static string? Address(IReadOnlyDictionary<string, string> row)
    {
        // SAMHSA withholds some addresses as "- - -".
        static bool Withheld(string s) => s.Length == 0 || s.All(ch => ch is '-' or ' ');
        var parts = new[] { Get(row, "Street1"), Get(row, "Street2") }.Where(s => !Withheld(s)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static bool IsDialable(string phone) => phone.Count(char.IsAsciiDigit) is >= 7 and <= 15;

    private static string Get(IReadOnlyDictionary<string, string> row, string key) => row.GetValueOrDefault(key, "").Trim();
}
