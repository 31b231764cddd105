using IopFinder.Core.Fields;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>
/// Writes a listing in the Markdown format of SPEC section 1 through YamlDotNet: every field of
/// <see cref="ListingFields"/> in its canonical order, nothing derived, every string quoted so any
/// name survives YAML. A listing written and read back equals itself, and the catalog version (a hash
/// of this output) changes with any edit.
/// </summary>
public static class ListingWriter
{
    /// <summary>The whole file: front matter between '---' lines, then the body.</summary>
    public static string Write(Listing l)
    {
        var frontMatter = YamlOut.Mapping(y =>
        {
            foreach (var field in ListingFields.All) field.Write(l, y);
            // Answers of fields registered beyond the site's go last, where FieldRegistry.With places them, so they survive a rewrite.
            foreach (var (key, answer) in l.Extra.Answers.Where(a => ListingFields.Find(a.Key) is null)) y.Plain(key).Bool(answer);
        });
        var body = l.Body.Length > 0 ? l.Body.TrimEnd() + "\n" : "";
        return $"---\n{frontMatter}---\n{body}";
    }
}
