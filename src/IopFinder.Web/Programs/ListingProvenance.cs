using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Shared.Wording;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Programs;

/// <summary>What a program page says about where its listing comes from, how fresh it is, and how to correct it.</summary>
/// <param name="Text">The reader's words, for the prefilled correction e-mail.</param>
public sealed record ListingProvenance(Listing Listing, CatalogOptions Options, DateOnly Today, IStringLocalizer Text)
{
    /// <summary>A listing not reviewed for more than a year gets a warning.</summary>
    public bool IsStale => Listing.LastReviewed is not { } reviewed || Today.DayNumber - reviewed.DayNumber > 365;

    /// <summary>True when the listing comes from public directories and nobody has claimed or ever confirmed it.</summary>
    public bool Unconfirmed => Listing.Sources.Count > 0 && !Listing.Claimed && Listing.Confirmed is null;

    /// <summary>Whether the listing's confirmation is current, lapsed or never given, on <see cref="Today"/>.</summary>
    public ConfirmationStatus Confirmation => ConfirmationRule.On(Listing, Today);

    /// <summary>Its openings on <see cref="Today"/>: older than 30 days, they don't say.</summary>
    public OpeningsStatus Openings => OpeningsRule.On(Listing, Today);

    /// <summary>"SAMHSA" when every source is one of SAMHSA's directories, else the sources' own names; null for a listing the program wrote.</summary>
    public string? SourceShortName(TermWords terms) => ImportedWords.SourceName(Listing, terms);

    /// <summary>A mailto to the configured corrections address, else the program's own, prefilled with the program id; null when neither exists.</summary>
    public string? CorrectionMailto
    {
        get
        {
            var to = Options.CorrectionsEmail ?? Listing.Contact.Email;
            if (to is null) return null;
            var subject = Uri.EscapeDataString(Text["Correction.Mail.Subject", Listing.Id]);
            var body = Uri.EscapeDataString(Text["Correction.Mail.Body", Listing.Id, Listing.Name]);
            return $"mailto:{to}?subject={subject}&body={body}";
        }
    }

    /// <summary>The site's correction form for this listing.</summary>
    public string CorrectionForm => $"/corrections?id={Uri.EscapeDataString(Listing.Id)}";

    /// <summary>Where "Suggest a correction" leads: the e-mail above, else the site's correction form in the page's language.</summary>
    public string CorrectionUrl(LanguageChoice language) => CorrectionMailto ?? language.Link(CorrectionForm);

    /// <summary>The listing's file in the configured source repository, when one is configured.</summary>
    public string? EditUrl => Options.SourceRepositoryUrl is { } repo ? $"{repo.TrimEnd('/')}/{Listing.SourcePath}" : null;
}
