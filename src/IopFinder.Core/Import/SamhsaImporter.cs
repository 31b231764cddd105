using System.Text.RegularExpressions;
using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Import;

/// <summary>
/// <c>import samhsa FILE... --out DIR</c> (SPEC section 5): every intensive outpatient facility of the
/// substance-use directory and every day program of the mental-health directory becomes a listing in
/// <c>DIR/programs/</c>; a facility in both is one listing with the facts of both. Listings staff have
/// claimed are never overwritten; facilities that left the directories are reported, not deleted.
/// Every file is read and checked before anything is written, and the folder is replaced in one swap.
/// </summary>
public sealed partial class SamhsaImporter(ZipTable zips, TimeProvider clock, SamhsaCodeMap? codeMap = null)
{
    private readonly SamhsaCodeMap _map = codeMap ?? SamhsaCodeMap.Default;

    /// <summary>Imports directory files into a content folder. Throws <see cref="ImportException"/> and changes nothing when it cannot.</summary>
    public ImportReport Import(IReadOnlyList<string> files, string outDir)
    {
        ProgramsFolder.CheckTarget(outDir);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var read = files.Select(SamhsaCsv.Read).ToList();
        foreach (var group in read.GroupBy(r => r.Directory).Where(g => g.Count() > 1))
        {
            throw new ImportException($"{string.Join(", ", files)}: more than one file is the {group.Key.SourceName}");
        }

        var facilities = Select(read, files, today);
        var mapper = new SamhsaFacilityMapper(zips);
        var skipped = new List<string>();
        var mapped = new List<(Facility Facility, Listing Listing)>();
        foreach (var facility in facilities)
        {
            var (listing, problem) = mapper.Map(facility.Row, facility.Facts, facility.Sources);
            if (listing is null) skipped.Add($"{facility.Row.File}:{facility.Row.Line}: {problem}");
            else mapped.Add((facility, listing));
        }
        var (listings, duplicates) = RemoveDuplicates(AssignIds(mapped));

        var existing = ProgramsFolder.Existing(outDir);
        var output = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        var (written, updated, claimed, unchanged) = (new List<string>(), new List<string>(), new List<string>(), 0);
        foreach (var listing in listings)
        {
            var text = ListingWriter.Write(listing);
            if (!existing.TryGetValue(listing.Id, out var before)) { output[listing.Id] = text; written.Add(listing.Id); continue; }
            var frontMatter = FrontMatterParser.Parse(listing.Id, before).Document?.FrontMatter;
            if (IsClaimed(frontMatter)) { claimed.Add(listing.Id); continue; }
            // The import date alone is no change.
            if (WithoutImportDate(before) == WithoutImportDate(text)) { unchanged++; continue; }
            output[listing.Id] = text;
            updated.Add(listing.Id);
        }
        var imported = read.Select(r => r.Directory.SourceName).ToHashSet(StringComparer.Ordinal);
        var produced = listings.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var left = existing.Where(e => !produced.Contains(e.Key) && SourcesOf(e.Value).Any(imported.Contains)).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();

        ProgramsFolder.Replace(outDir, output);
        return new ImportReport(
            facilities.SelectMany(f => f.Sources).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Count()),
            facilities.Count(f => f.Sources.Count > 1), written, updated, unchanged, claimed, skipped, left, duplicates,
            JoinedNames(facilities), DroppedCodes(facilities), [.. facilities.SelectMany(f => f.Facts.Unmapped).Distinct().Order(StringComparer.Ordinal)],
            AgesContradicted(mapped));
    }

    /// <summary>The selected facilities of every file, a facility found in both directories merged into the first.</summary>
    private List<Facility> Select(List<(SamhsaDirectory Directory, IReadOnlyList<SamhsaRow> Rows)> read, IReadOnlyList<string> files, DateOnly today)
    {
        var facilities = new List<Facility>();
        var byKey = new Dictionary<string, Facility>(StringComparer.Ordinal);
        // The substance-use directory first: its facilities keep the ids they had before day programs joined.
        foreach (var (directory, rows) in read.OrderBy(r => r.Directory == SamhsaDirectory.SubstanceUse ? 0 : 1))
        {
            var file = files[read.FindIndex(r => r.Directory == directory)];
            var source = new ListingSource(directory.SourceName, YearOf(file) ?? directory.DefaultYear, today);
            foreach (var row in rows.Where(r => r.Codes.Contains(directory.SelectionCode)))
            {
                var facts = _map.Collect(directory, row.Codes);
                var key = Key(row);
                if (byKey.TryGetValue(key, out var match) && !match.Sources.Any(s => s.Name == source.Name))
                {
                    match.Facts = match.Facts.Merge(facts);
                    match.Sources = [.. match.Sources, source];
                    match.AllCodes.UnionWith(row.Codes);
                    continue;
                }
                var facility = new Facility(row, facts, [source], directory == SamhsaDirectory.SubstanceUse ? 0 : 1, [.. row.Codes]);
                byKey.TryAdd(key, facility);
                facilities.Add(facility);
            }
        }
        return facilities;
    }

    /// <summary>SPEC section 5: the same name1, name2, street1 and ZIP, ignoring case and spacing.</summary>
    private static string Key(SamhsaRow row) =>
        string.Join('|', new[] { row["name1"], row["name2"], row["street1"], SamhsaFacilityMapper.NormalizeZip(row["zip"]) ?? row["zip"] }
            .Select(s => string.Join(' ', s.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>Stable ids from name1, city and state; same-named sites get -2, -3... substance-use rows first, each in address order.</summary>
    private static IEnumerable<Listing> AssignIds(IEnumerable<(Facility Facility, Listing Listing)> mapped)
    {
        foreach (var group in mapped.GroupBy(m => Slug($"{m.Facility.Row["name1"]} {m.Listing.Locations[0].City} {m.Listing.Locations[0].State}")))
        {
            var ordered = group
                .OrderBy(m => m.Facility.Order)
                .ThenBy(m => m.Listing.Locations[0].Address ?? "", StringComparer.Ordinal)
                .ThenBy(m => m.Listing.Locations[0].Zip, StringComparer.Ordinal)
                .ThenBy(m => m.Listing.Contact.Phone ?? "", StringComparer.Ordinal)
                .ThenBy(m => m.Facility.Row.Line)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                yield return ordered[i].Listing with { Id = i == 0 ? group.Key : $"{group.Key}-{i + 1}" } ;
            }
        }
    }

    /// <summary>Real duplicates share name, address and phone: the first is kept, the others reported.</summary>
    private static (List<Listing> Kept, List<string> Duplicates) RemoveDuplicates(IEnumerable<Listing> listings)
    {
        var kept = new List<Listing>();
        var duplicates = new List<string>();
        var seen = new Dictionary<string, Listing>(StringComparer.OrdinalIgnoreCase);
        foreach (var listing in listings.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            var location = listing.Locations[0];
            var key = $"{listing.Name}|{location.Address}|{location.Zip}|{listing.Contact.Phone}";
            if (seen.TryGetValue(key, out var first))
            {
                duplicates.Add($"{listing.Id}: same name, address and phone as {first.Id} ({listing.Name}, {location.Address ?? location.City}); written once");
                continue;
            }
            seen[key] = listing;
            kept.Add(listing);
        }
        return (kept, duplicates);
    }

    private static List<(string, string, string)> JoinedNames(IEnumerable<Facility> facilities) =>
        [.. facilities.Where(f => FacilityName.IsCut(f.Row["name1"], f.Row["name2"]))
            .Select(f => (f.Row["name1"], f.Row["name2"], FacilityName.Of(f.Row["name1"], f.Row["name2"])))];

    private static List<string> AgesContradicted(IEnumerable<(Facility Facility, Listing Listing)> mapped) =>
        [.. mapped.Select(m => (m.Facility.Row, m.Listing.Name, Programs: m.Facility.Facts.Contradicting(VocabularyNames.Ages).Select(r => r.Code).Distinct().ToList()))
            .Where(c => c.Programs.Count > 0)
            .Select(c => $"{c.Row.File}:{c.Row.Line}: {c.Name}: its age codes leave out the people of its programs {string.Join(", ", c.Programs)}")];

    private List<(string, string, string, int)> DroppedCodes(IReadOnlyList<Facility> facilities) =>
        [.. _map.Rules.Where(r => r.Action == CodeAction.Drop)
            .Select(r => (r.Directory, r.Code, r.Reason, facilities.Count(f => f.AllCodes.Contains(r.Code) && f.Sources.Any(s => r.Directory == "both" || SamhsaDirectory.All.First(d => d.Code == r.Directory).SourceName == s.Name))))];

    /// <summary>Lowercase letters and digits joined by single dashes, at most 80 characters.</summary>
    public static string Slug(string text)
    {
        var ascii = new string(text.ToLowerInvariant().Select(Fold).Where(c => c < 128).ToArray()).Replace("&", " and ");
        var slug = NonAlphanumeric().Replace(ascii, "-").Trim('-');
        return slug.Length <= 80 ? slug : slug[..80].TrimEnd('-');
    }

    /// <summary>Latin letters with accents to their plain letter.</summary>
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };

    private static int? YearOf(string file) => YearPattern().Match(Path.GetFileName(file)) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static bool IsClaimed(YamlMappingNode? map) =>
        map is not null && YamlFields.Get(map, "claimed") is YamlScalarNode { Value: var v } && v?.ToLowerInvariant() is "true" or "yes";

    private static IEnumerable<string> SourcesOf(string text)
    {
        var map = FrontMatterParser.Parse("", text).Document?.FrontMatter;
        var node = map is null ? null : YamlFields.Get(map, "source");
        var maps = node switch { YamlMappingNode one => [one], YamlSequenceNode many => many.Children.OfType<YamlMappingNode>(), _ => [] };
        return maps.Select(m => YamlFields.Get(m, "name")).OfType<YamlScalarNode>().Select(n => n.Value ?? "");
    }

    private static string WithoutImportDate(string text) => ImportDate().Replace(text, "");

    private sealed class Facility(SamhsaRow row, FacilityFacts facts, IReadOnlyList<ListingSource> sources, int order, HashSet<string> allCodes)
    {
        public SamhsaRow Row { get; } = row;
        public FacilityFacts Facts { get; set; } = facts;
        public IReadOnlyList<ListingSource> Sources { get; set; } = sources;
        public int Order { get; } = order;
        public HashSet<string> AllCodes { get; } = allCodes;
    }

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex YearPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@", imported: \d{4}-\d{2}-\d{2}")]
    private static partial Regex ImportDate();
}
