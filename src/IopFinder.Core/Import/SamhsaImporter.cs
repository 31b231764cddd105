using IopFinder.Core.Common;
using System.Text;
using System.Text.RegularExpressions;
using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Import;

/// <summary>
/// <c>import samhsa FILE --out DIR</c>: one listing per intensive outpatient facility, written to
/// <c>DIR/programs/</c>. Listings staff have claimed are never overwritten; facilities that left the
/// directory are reported, not deleted.
/// </summary>
public sealed partial class SamhsaImporter(ZipTable zips, TimeProvider clock)
{
    /// <summary>The directory's name as listings cite it.</summary>
    public const string SourceName = "SAMHSA National Directory of Substance Use Treatment Facilities";

    /// <summary>Imports a facilities CSV; its code reference is read from the same folder when present.</summary>
    public ImportReport Import(string facilitiesCsv, string outDir)
    {
        var year = YearPattern().Match(Path.GetFileName(facilitiesCsv)) is { Success: true } m ? int.Parse(m.Value) : (int?)null;
        var source = new ListingSource(SourceName, year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var mapper = new SamhsaFacilityMapper(zips, ReadCodeNames(facilitiesCsv), source);

        var mapped = new List<(int Line, Listing Listing)>();
        var skipped = new List<string>();
        var facilities = 0;
        using (var reader = new StreamReader(facilitiesCsv, Encoding.UTF8))
        {
            foreach (var (line, row) in CsvReader.Read(reader))
            {
                var (listing, problem) = mapper.Map(row);
                if (problem is not null) skipped.Add($"{facilitiesCsv}:{line}: {problem}");
                if (listing is null) continue;
                facilities++;
                mapped.Add((line, listing));
            }
        }

        var programs = Path.Combine(outDir, CatalogLoader.ProgramsFolder);
        Directory.CreateDirectory(programs);
        var written = new List<string>();
        var updated = new List<string>();
        var claimed = new List<string>();
        var unchanged = 0;
        var produced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in AssignIds(mapped))
        {
            produced.Add(listing.Id);
            var path = Path.Combine(programs, listing.Id + ".md");
            var text = ListingWriter.Write(listing);
            if (!File.Exists(path)) { File.WriteAllText(path, text); written.Add(listing.Id); continue; }
            var existing = File.ReadAllText(path);
            var frontMatter = FrontMatterParser.Parse(path, existing).Document?.FrontMatter;
            if (IsClaimed(frontMatter)) { claimed.Add(listing.Id); continue; }
            // The import date alone is no change.
            if (WithoutImportDate(existing) == WithoutImportDate(text)) { unchanged++; continue; }
            File.WriteAllText(path, text);
            updated.Add(listing.Id);
        }

        var left = Directory.GetFiles(programs, "*.md")
            .Select(f => (Id: Path.GetFileNameWithoutExtension(f), File: f))
            .Where(f => !produced.Contains(f.Id) && SourceOf(FrontMatterParser.Parse(f.File, File.ReadAllText(f.File)).Document?.FrontMatter) == SourceName)
            .Select(f => f.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ImportReport(facilities, written, updated, unchanged, claimed, skipped, left);
    }

    /// <summary>Stable ids from name, city and state; same-named sites get -2, -3... in address order.</summary>
    public static IEnumerable<Listing> AssignIds(IEnumerable<(int Line, Listing Listing)> listings)
    {
        foreach (var group in listings.GroupBy(l => Slug($"{l.Listing.Name} {l.Listing.Locations[0].City} {l.Listing.Locations[0].State}")))
        {
            var ordered = group
                .OrderBy(l => l.Listing.Locations[0].Address ?? "", StringComparer.Ordinal)
                .ThenBy(l => l.Listing.Locations[0].Zip, StringComparer.Ordinal)
                .ThenBy(l => l.Listing.Contact.Phone ?? "", StringComparer.Ordinal)
                .ThenBy(l => l.Line)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                yield return ordered[i].Listing with { Id = i == 0 ? group.Key : $"{group.Key}-{i + 1}" };
            }
        }
    }

    /// <summary>Lowercase letters and digits joined by single dashes, at most 80 characters.</summary>
    public static string Slug(string text)
    {
        var ascii = new string(text.ToLowerInvariant().Select(Fold).Where(c => c < 128).ToArray()).Replace("&", " and ");
        var slug = NonAlphanumeric().Replace(ascii, "-").Trim('-');
        return slug.Length <= 80 ? slug : slug[..80].TrimEnd('-');
    }

    /// <summary>Latin letters with accents to their plain letter (globalization data is not available to normalize).</summary>
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

    private static Dictionary<string, string> ReadCodeNames(string facilitiesCsv)
    {
        var path = Path.Combine(Path.GetDirectoryName(facilitiesCsv) ?? ".", Path.GetFileName(facilitiesCsv).Replace("facilities", "codes"));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path) || path == facilitiesCsv) return names;
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var (_, row) in CsvReader.Read(reader))
        {
            var code = row.GetValueOrDefault("service_code", "").Trim();
            if (code.Length > 0) names.TryAdd(code, row.GetValueOrDefault("service_name", code).Trim());
        }
        return names;
    }

    private static bool IsClaimed(YamlMappingNode? map) =>
        map is not null && YamlFields.Get(map, "claimed") is YamlScalarNode { Value: var v } && v?.ToLowerInvariant() is "true" or "yes";

    private static string? SourceOf(YamlMappingNode? map) =>
        map is not null && YamlFields.Get(map, "source") is YamlMappingNode source && YamlFields.Get(source, "name") is YamlScalarNode { Value: var name } ? name : null;

    private static string WithoutImportDate(string text) => ImportDate().Replace(text, "");

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex YearPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@", imported: \d{4}-\d{2}-\d{2}")]
    private static partial Regex ImportDate();
}
