using IopFinder.Core.Content;
using IopFinder.Core.Geo;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Web.Cli;

/// <summary><c>validate --explain FILE</c>: the listing as the site will understand it, before it goes live.</summary>
public static class ExplainCommand
{
    public static int Run(string file, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"{file}: file not found");
            return 1;
        }
        // The taxonomy is the content folder's: the nearest taxonomy.yml above the file.
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        while (dir is not null && !File.Exists(Path.Combine(dir, CatalogLoader.TaxonomyFile))) dir = Path.GetDirectoryName(dir);
        if (dir is null)
        {
            error.WriteLine($"{file}: no {CatalogLoader.TaxonomyFile} found in the folders above it");
            return 1;
        }
        var (taxonomy, taxonomyProblems) = TaxonomyLoader.Load(Path.Combine(dir, CatalogLoader.TaxonomyFile), Path.Combine(dir, CatalogLoader.TaxonomyFile));
        if (taxonomy is null)
        {
            foreach (var problem in taxonomyProblems) error.WriteLine(problem);
            return 1;
        }
        var relative = Path.GetRelativePath(dir, Path.GetFullPath(file)).Replace('\\', '/');
        var (listing, problems) = CatalogLoader.LoadOne(file, relative, file, new ListingValidator(taxonomy, ZipTable.Default));
        foreach (var problem in problems) error.WriteLine(problem);
        if (listing is null)
        {
            error.WriteLine("This listing would be left out of the site until these problems are fixed.");
            return 1;
        }
        output.Write(ListingExplainer.Explain(new ListingDeriver(ZipTable.Default).Derive(listing), taxonomy));
        return 0;
    }
}
