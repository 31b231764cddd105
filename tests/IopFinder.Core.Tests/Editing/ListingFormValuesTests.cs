using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

public class ListingFormValuesTests
{
    [Fact]
    public void Of_Listing_NamesInputsByYamlKey()
    {
        var inputs = ListingFormValues.Of(ValidText()).ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(["depression", "anxiety"], inputs["conditions"]);
        Assert.Equal(["617-555-0100"], inputs["contact.phone"]);
        Assert.Equal(["mon", "wed", "thu"], inputs["schedule[0].days"]);
        Assert.Equal(["02139"], inputs["locations[0].zip"]);
        Assert.Equal(["6"], inputs["program_weeks.min"]);
        Assert.Equal(["true"], inputs["accepting_new_patients"]);
    }

    [Fact]
    public void Of_ImportedListing_LeavesOutFieldsThePortalKeeps()
    {
        var text = ValidText().Replace("---\nEvening", "source: {name: \"SAMHSA\", year: 2023}\n---\nEvening");

        Assert.DoesNotContain(ListingFormValues.Of(text), p => p.Key.StartsWith("source", StringComparison.Ordinal));
    }

    /// <summary>
    /// Listings of the bundled catalog (every tenth: they share their import's shapes) and every example
    /// listing (schedules, several sites, ranges), put in the editor and posted unchanged, save as the same file.
    /// </summary>
    [Fact]
    public void Read_CatalogListingPostedUnchanged_GivesTheSameFile()
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Content, "programs"), "*.md").Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Examples, "programs"), "*.md"))
            .ToList();
        var failures = new List<string>();

        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var (listing, problems) = Texts.Read(id, File.ReadAllText(file));
            Assert.True(listing is not null, $"{id}: {string.Join("; ", problems)}");
            var text = ListingWriter.Write(listing);
            var result = Reader().Read(id, ListingFormValues.Of(text), text);
            if (result.Text != text) failures.Add($"{id}: {string.Join("; ", result.Problems.Select(p => $"{p.Key}: {p.Message}"))}");
        }

        Assert.True(files.Count > 700);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
