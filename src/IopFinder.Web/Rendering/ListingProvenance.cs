using IopFinder.Core.Listings;
using IopFinder.Web.Services;

namespace IopFinder.Web.Rendering;

/// <summary>What a program page says about where its listing comes from, how fresh it is, and how to correct it.</summary>
public sealed record ListingProvenance(Listing Listing, CatalogOptions Options, DateOnly Today)
{
    /// <summary>A listing not reviewed for more than a year gets a warning.</summary>
    public bool IsStale => Listing.LastReviewed is not { } reviewed || Today.DayNumber - reviewed.DayNumber > 365;

    /// <summary>"SAMHSA" for SAMHSA's directories, else the source's own name.</summary>
    public string? SourceShortName => Listing.Source?.Name is { } name ? (name.StartsWith("SAMHSA", StringComparison.Ordinal) ? "SAMHSA" : name) : null;

    /// <summary>A mailto to the configured corrections address, else the program's own, prefilled with the program id.</summary>
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

    /// <summary>The listing's file in the configured source repository, when one is configured.</summary>
    public string? EditUrl => Options.SourceRepositoryUrl is { } repo ? $"{repo.TrimEnd('/')}/{Listing.SourcePath}" : null;
}
