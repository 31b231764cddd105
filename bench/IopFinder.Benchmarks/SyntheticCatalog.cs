using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Benchmarks;

/// <summary>A reproducible catalog of any size: random real ZIPs, terms, tracks and a little body text.</summary>
public static class SyntheticCatalog
{
    public static Catalog Create(int count, string taxonomyPath, int seed = 42)
    {
        var taxonomy = TaxonomyLoader.Load(taxonomyPath, "taxonomy.yml").Taxonomy ?? throw new InvalidOperationException("bad taxonomy");
        var random = new Random(seed);
        var zips = SampleZips(random);
        var deriver = new ListingDeriver(ZipTable.Default);
        string[] Pick(string vocabulary, int min, int max)
        {
            var ids = taxonomy[vocabulary].Ids.ToArray();
            return ids.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToArray();
        }
        var words = new[] { "group", "skills", "family", "recovery", "evening", "support", "therapy", "weekly", "psychiatrist", "coping" };
        var listings = new List<Listing>(count);
        for (var i = 0; i < count; i++)
        {
            var zip = zips[random.Next(zips.Length)];
            var virtualOnly = random.NextDouble() < 0.1;
            var start = new TimeOnly(random.Next(8, 19), random.Next(2) * 30);
            var days = Enumerable.Range(0, 7).Where(_ => random.NextDouble() < 0.55).Select(d => (DayOfWeek)((d + 1) % 7)).ToList();
            if (days.Count == 0) days.Add(DayOfWeek.Monday);
            listings.Add(deriver.Derive(new Listing
            {
                Id = $"program-{i:D6}",
                Name = $"{zip.City} {words[random.Next(words.Length)]} IOP {i}",
                Terms = ListingTerms.Of(
                    (VocabularyNames.LevelsOfCare, ["iop"]),
                    (VocabularyNames.Conditions, Pick(VocabularyNames.Conditions, 1, 4)),
                    (VocabularyNames.Modalities, Pick(VocabularyNames.Modalities, 1, 6)),
                    (VocabularyNames.Ages, Pick(VocabularyNames.Ages, 1, 2)),
                    (VocabularyNames.Formats, virtualOnly ? ["virtual"] : random.NextDouble() < 0.3 ? ["in-person", "virtual"] : ["in-person"]),
                    (VocabularyNames.Insurance, Pick(VocabularyNames.Insurance, 0, 6)),
                    (VocabularyNames.Languages, random.NextDouble() < 0.2 ? ["en", "es"] : ["en"]),
                    (VocabularyNames.Features, Pick(VocabularyNames.Features, 0, 4))),
                VirtualStates = [zip.State],
                Schedule = [new Track { Name = "Main", Days = days, Start = start, End = start.AddHours(3) }],
                Locations = virtualOnly ? [] : [new Location { City = zip.City, State = zip.State, Zip = zip.Zip }],
                AcceptingNewPatients = random.NextDouble() < 0.7,
                Body = string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)])),
            }));
        }
        return new Catalog(taxonomy, listings, []);
    }

    /// <summary>Writes a content folder (taxonomy and one Markdown file per listing) as staff would keep it; returns the number of listings.</summary>
    public static int WriteFolder(int count, string dir)
    {
        var taxonomy = Path.Combine(SearchBenchmarks.RepoRoot(), "content", "taxonomy.yml");
        var catalog = Create(count, taxonomy);
        Directory.CreateDirectory(Path.Combine(dir, CatalogLoader.ProgramsFolder));
        File.Copy(taxonomy, Path.Combine(dir, CatalogLoader.TaxonomyFile), overwrite: true);
        foreach (var listing in catalog.Listings)
        {
            File.WriteAllText(Path.Combine(dir, CatalogLoader.ProgramsFolder, listing.Id + ".md"), ListingWriter.Write(listing with { Example = true }));
        }
        return catalog.Listings.Count;
    }

    private static ZipPlace[] SampleZips(Random random)
    {
        var places = new List<ZipPlace>();
        for (var zip = 1000; zip < 99999 && places.Count < 5000; zip += random.Next(1, 40))
        {
            if (ZipTable.Default.Find(zip.ToString("D5")) is { City.Length: > 0 } place && UsStates.IsValid(place.State)) places.Add(place);
        }
        return [.. places];
    }
}
