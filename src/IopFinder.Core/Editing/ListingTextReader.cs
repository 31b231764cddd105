using IopFinder.Core.Common;
using IopFinder.Core.Content;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>A listing file's text through the same front-matter reader and validator the content folder's files go through.</summary>
public sealed class ListingTextReader(ListingValidator validator)
{
    /// <summary>The listing the text describes under this id, or the validator's problems (at file lines).</summary>
    public (Listing? Listing, IReadOnlyList<Diagnostic> Problems) Read(string id, string text)
    {
        var relative = $"{CatalogLoader.ProgramsFolder}/{id}.md";
        return ListingFileReader.Parse(text, id + ".md", relative, relative, validator);
    }

    /// <summary>The text as the writer would write it when it is a valid listing; else the text as it is.</summary>
    public string Canonical(string id, string text) =>
        Read(id, text).Listing is { } listing ? ListingWriter.Write(listing) : text.Replace("\r\n", "\n");
}
