using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;

namespace IopFinder.Web.Hsds;

/// <summary>Checks HSDS query parameters; each bad one gets a message under its own name, for a 400 with <c>errors</c>.</summary>
public static partial class HsdsQueryReader
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static HsdsListQuery Read(HsdsListParameters parameters, HsdsCatalog catalog, Dictionary<string, string[]> errors)
    {
        var (term, unknownTerm) = Term(parameters.TaxonomyTermId, catalog, errors);
        var (page, perPage) = Paging(parameters.Page, parameters.PerPage, errors);
        return new HsdsListQuery(parameters.Search?.Trim() ?? "", term, unknownTerm, ModifiedAfter(parameters.ModifiedAfter, errors),
            page, perPage, Ndjson(parameters.Format, errors));
    }

    /// <summary>Page from 1 and items per page from 1 to <see cref="HsdsListQuery.MaxPerPage"/>.</summary>
    public static (int Page, int PerPage) Paging(string? page, string? perPage, Dictionary<string, string[]> errors) =>
        (Whole(page, "page", 1, int.MaxValue, 1, "a whole number from 1", errors),
         Whole(perPage, "per_page", 1, HsdsListQuery.MaxPerPage, HsdsListQuery.DefaultPerPage, $"a whole number from 1 to {HsdsListQuery.MaxPerPage}", errors));

    public static HsdsNearQuery? ReadNear(HsdsNearParameters parameters, ZipTable zips, Dictionary<string, string[]> errors)
    {
        double? metres = null;
        if (Given(parameters.Proximity) is { } proximity)
        {
            if (double.TryParse(proximity, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0) metres = value;
            else errors["proximity"] = ["proximity must be a distance in metres greater than 0."];
        }
        if (Given(parameters.Postcode) is not { } postcode)
        {
            if (metres is not null) errors["proximity"] = ["proximity needs a postcode to measure from."];
            return null;
        }
        if (!ZipPattern().IsMatch(postcode))
        {
            errors["postcode"] = ["postcode must be a 5-digit US ZIP code."];
            return null;
        }
        if (zips.Find(postcode[..5]) is not { } zip)
        {
            errors["postcode"] = ["postcode is not a US ZIP code we know."];
            return null;
        }
        return new HsdsNearQuery(zip, metres);
    }

    private static ((FilterDefinition, string)? Term, bool Unknown) Term(string? text, HsdsCatalog catalog, Dictionary<string, string[]> errors)
    {
        if (Given(text) is not { } given) return (null, false);
        if (!Guid.TryParse(given, out var id))
        {
            errors["taxonomy_term_id"] = ["taxonomy_term_id must be the UUID of a taxonomy term (see /hsds/taxonomy_terms)."];
            return (null, false);
        }
        if (catalog.Term(id) is not { } term) return (null, true);
        var filter = catalog.Snapshot.Index.Registry.TermFilters.FirstOrDefault(f => f.Vocabulary == term.Taxonomy);
        if (filter is null)
        {
            errors["taxonomy_term_id"] = [$"Terms of the '{term.Taxonomy}' taxonomy do not filter services."];
            return (null, false);
        }
        return ((filter, term.Code), false);
    }

    private static DateTimeOffset? ModifiedAfter(string? text, Dictionary<string, string[]> errors)
    {
        if (Given(text) is not { } given) return null;
        // An unencoded '+' of a UTC offset arrives as a space; ISO 8601 has no spaces of its own.
        var iso = given.Replace(' ', '+');
        if (DateTimeOffset.TryParseExact(iso, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        errors["modified_after"] = ["modified_after must be an ISO 8601 date or date-time, like 2026-01-31 or 2026-01-31T09:30:00Z."];
        return null;
    }

    private static bool Ndjson(string? text, Dictionary<string, string[]> errors)
    {
        switch (Given(text)?.ToLowerInvariant())
        {
            case null or "json": return false;
            case "ndjson": return true;
            default:
                errors["format"] = ["format must be json or ndjson."];
                return false;
        }
    }

    private static int Whole(string? text, string name, int min, int max, int fallback, string expected, Dictionary<string, string[]> errors)
    {
        if (Given(text) is not { } given) return fallback;
        if (int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"{name} must be {expected}."];
        return fallback;
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^[0-9]{5}(-[0-9]{4})?$")]
    private static partial Regex ZipPattern();
}
