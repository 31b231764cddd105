using IopFinder.Core.Import;
using IopFinder.Core.Listings;
using IopFinder.Web.Services;

namespace IopFinder.Web.Rendering;

/// <summary>What a program page says about where its listing comes from, how fresh it is, and how to correct it.</summary>
public sealed record ListingProvenance(Listing Listing, CatalogOptions Options, DateOnly Today)
{
    /// <summary>A listing not reviewed for more than a year gets a warning.</summary>
    public bool IsStale => Listing.LastReviewed is not { } reviewed || Today.DayNumber - reviewed.DayNumber > 365;

    /// <summary>True when the listing comes from public directories and the program has not confirmed it.</summary>
    public bool Unconfirmed => Listing.Sources.Count > 0 && !Listing.Claimed;

    /// <summary>"SAMHSA" when every source is one of SAMHSA's directories, else the sources' own names.</summary>
    public string? SourceShortName => Listing.Sources.Count == 0 ? null
        : Listing.Sources.All(s => SamhsaDirectory.IsSamhsa(s.Name)) ? "SAMHSA" : string.Join(" and ", Listing.Sources.Select(s => s.Name));

    /// <summary>A mailto to the configured corrections address, else the program's own, prefilled with the program id; null when neither exists.</summary>
    public string? CorrectionMailto
    {
        get
        {
            var to = Options.CorrectionsEmail ?? Listing.Contact.Email;
            if (to is null) return null;
            var subject = Uri.EscapeDataString($"Correction to IopFinder listing {Listing.Id}");
            var body = Uri.EscapeDataString($"Listing: {Listing.Id} ({Listing.Name})\nWhat should change:\n");
            return $"mailto:{to}?subject={subject}&body={body}";
        }
    }

    /// <summary>Where "Suggest a correction" leads: the e-mail above, else the site's correction form.</summary>
    public string CorrectionUrl => CorrectionMailto ?? $"/corrections?id={Uri.EscapeDataString(Listing.Id)}";

    /// <summary>The listing's file in the configured source repository, when one is configured.</summary>
    public string? EditUrl => Options.SourceRepositoryUrl is { } repo ? $"{repo.TrimEnd('/')}/{Listing.SourcePath}" : null;
}
