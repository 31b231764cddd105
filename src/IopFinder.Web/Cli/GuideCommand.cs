using System.CommandLine;
using IopFinder.Core.Content;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Web.Cli;

/// <summary><c>guide [DIR]</c>: regenerates the vocabulary section of DIR/README.md from DIR/taxonomy.yml.</summary>
public static class GuideCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dir = new Argument<string>("DIR") { Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "content", Description = "The content folder." };
        var command = new Command("guide", "Regenerate the vocabulary section of DIR/README.md.") { dir };
        command.SetAction(parsed => Run(parsed.GetValue(dir)!, output, error));
        return command;
    }

    private static int Run(string dir, TextWriter output, TextWriter error)
    {
        var (taxonomy, problems) = TaxonomyLoader.Load(Path.Combine(dir, CatalogLoader.TaxonomyFile), $"{dir}/{CatalogLoader.TaxonomyFile}");
        if (taxonomy is null)
        {
            foreach (var problem in problems) error.WriteLine(problem);
            return 1;
        }
        var path = Path.Combine(dir, "README.md");
        var guide = File.Exists(path) ? File.ReadAllText(path) : "";
        var updated = VocabularyGuide.Replace(guide, taxonomy);
        if (updated is null)
        {
            error.WriteLine($"{path}: the vocabulary markers are missing");
            return 1;
        }
        File.WriteAllText(path, updated);
        output.WriteLine($"{path}: vocabularies updated from {dir}/{CatalogLoader.TaxonomyFile}");
        return 0;
    }
}
