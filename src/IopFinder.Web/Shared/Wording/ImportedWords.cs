using IopFinder.Core.Import;
using IopFinder.Core.Listings;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>
/// The SAMHSA import's own fixed words inside listings, in the reader's language: its <c>other_services</c>
/// phrases (the code map's <c>text</c>, in Spanish its <c>text_es</c>) and the prefix of its intake line.
/// Everything else a listing says is the program's own words and stays as written, marked with its language.
/// </summary>
public sealed class ImportedWords(IStringLocalizer text)
{
    private static IReadOnlyDictionary<string, string> Spanish => SamhsaCodeMap.Default.SpanishPhrases;

    /// <summary>The listing's other services: the import's phrases in the reader's language, the rest as written.</summary>
    public IReadOnlyList<ListingText> Services(Listing listing) =>
        [.. listing.OtherServices.Select(service => Spanish.TryGetValue(service, out var es)
            ? new ListingText(ReaderLanguage.IsSpanish ? es : service, null)
            : new ListingText(service, WrittenLanguage.Of(listing)))];

    /// <summary>"SAMHSA" when every source is one of SAMHSA's directories, else the sources' own names; null for a listing the program wrote.</summary>
    public static string? SourceName(Listing listing, TermWords terms) => listing.Sources.Count == 0 ? null
        : listing.Sources.All(s => SamhsaDirectory.IsSamhsa(s.Name)) ? "SAMHSA" : terms.And(listing.Sources.Select(s => s.Name));

    /// <summary>The referral line: the import's intake numbers under "Intake:", anything else under "Referral:" as written; null when the listing has none.</summary>
    public ReferralLine? Referral(Listing listing) => listing.Contact.Referral switch
    {
        null => null,
        var intake when intake.StartsWith(SamhsaFacilityMapper.IntakePrefix, StringComparison.Ordinal) =>
            new ReferralLine(text["Contact.Intake"], new ListingText(intake[SamhsaFacilityMapper.IntakePrefix.Length..], null)),
        var referral => new ReferralLine(text["Contact.Referral"], new ListingText(referral, WrittenLanguage.Of(listing))),
    };
}
