using IopFinder.Core.Common;
using System.Text.RegularExpressions;
using IopFinder.Core.Fields;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Content;

/// <summary>
/// Checks a listing's front matter against SPEC section 1 and the taxonomy and maps it to a
/// <see cref="Listing"/>: each field of <see cref="ListingFields"/> reads and checks itself, then the
/// rules between fields run. Every problem is reported with the line of the offending key and the key
/// itself; a listing with any problem is returned as null so that it never reaches the catalog.
/// </summary>
public sealed partial class ListingValidator(Taxonomy.Taxonomy taxonomy, ZipTable zips, FieldRegistry registry)
{
    /// <summary>A validator of the site's fields (<see cref="ListingFields.Registry"/>).</summary>
    public ListingValidator(Taxonomy.Taxonomy taxonomy, ZipTable zips) : this(taxonomy, zips, ListingFields.Registry)
    {
    }

    /// <summary>Validates one parsed file whose id is its file name.</summary>
    public (Listing? Listing, IReadOnlyList<Diagnostic> Problems) Validate(string id, FrontMatterDocument document)
    {
        var fields = new YamlFields(document.Path, document.LineOffset);
        var map = document.FrontMatter;
        fields.UnknownKeys(map, registry.FrontMatterKeys, "");

        if (!IdPattern().IsMatch(id))
        {
            fields.Error(1, $"file name '{id}' must be lowercase letters, digits and dashes, like 'harbor-view-iop.md'", null, ProblemCodes.FileName, id);
        }
        var reading = new FieldReading(fields, map, document.Body, taxonomy, zips);
        var listing = new Listing { Id = id, Name = "", SourcePath = document.Path };
        foreach (var field in registry.All)
        {
            // A field the file leaves out keeps the listing's default; skipping it spares a copy of the listing per field.
            if (field.InFrontMatter && !field.Required && field.Kind != FieldKind.Terms && YamlFields.Get(map, field.Key) is null) continue;
            listing = field.Read(reading, listing);
        }
        listing = reading.Complete(listing);
        Formats(fields, map, listing);
        return fields.Diagnostics.Count == 0 ? (listing, []) : (null, fields.Diagnostics);
    }

    /// <summary>An in-person program needs a site; a virtual-only one needs the states it may treat in.</summary>
    private static void Formats(YamlFields fields, YamlMappingNode map, Listing listing)
    {
        var formats = listing.Formats;
        var inPerson = formats.Contains("in-person") || formats.Contains("hybrid");
        if (listing.Locations.Count == 0 && inPerson && YamlFields.Get(map, "locations") is null)
        {
            fields.Error(YamlFields.Get(map, VocabularyNames.Formats)!, "an in-person or hybrid program needs at least one entry under 'locations'", "locations",
                ProblemCodes.LocationsRequired);
        }
        if (listing.VirtualStates.Count == 0 && formats.Contains("virtual") && !inPerson)
        {
            fields.Error(YamlFields.Get(map, VocabularyNames.Formats)!,
                "a virtual-only program needs 'virtual_states': the states where it is licensed to treat, like [MA, NH]", "virtual_states", ProblemCodes.VirtualStatesRequired);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
