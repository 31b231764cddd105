using IopFinder.Core.Content;

namespace IopFinder.Core.Editing;

/// <summary>
/// Reads the staff editor's form (inputs named by YAML key) as a listing: the form becomes a listing
/// file, which goes through the same reader and validator as the content folder's files, so a form
/// error is the validator's own message, shown at the input it came from.
/// </summary>
public sealed class ListingFormReader(ListingTextReader reader, EditLimits limits)
{
    /// <summary>Reads a form for listing <paramref name="id"/>.</summary>
    /// <param name="id">The listing's id (its file name).</param>
    /// <param name="form">Input names and their values, as posted (checkboxes repeat a name).</param>
    /// <param name="opened">The file as the form was opened, whose portal-kept fields (<see cref="CarriedFields"/>) are kept; null for a new listing.</param>
    public FormReadResult Read(string id, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> form, string? opened)
    {
        var posted = new FormPostReader(limits).Read(form);
        if (posted.Problems.Count > 0) return new FormReadResult(null, null, posted.Problems);
        var carried = opened is null ? [] : FieldChunks.Of(opened);
        var yaml = FormYamlBuilder.Build(posted, carried);
        var (listing, problems) = reader.Read(id, yaml.Text);
        if (listing is null) return new FormReadResult(null, null, [.. problems.Select(yaml.Lines.ToProblem).Distinct()]);
        if (opened is not null && reader.Read(id, opened).Listing is { } before) listing = TermOrder.KeptFrom(listing, before);
        return new FormReadResult(listing, ListingWriter.Write(listing), []);
    }
}
