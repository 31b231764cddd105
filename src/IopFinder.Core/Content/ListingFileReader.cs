using System.Security.Cryptography;
using System.Text;
using IopFinder.Core.Common;
using IopFinder.Core.Fields;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>
/// One listing file through the first stages: read → front matter → validate → derive, unless the
/// snapshot already holds this file as it is (same stamp, or same content).
/// </summary>
internal sealed class ListingFileReader(Taxonomy.Taxonomy taxonomy, ZipTable zips, ListingSnapshot snapshot, FieldRegistry fields)
{
    private readonly ListingValidator _validator = new(taxonomy, zips, fields);
    private readonly ListingDeriver _deriver = new(zips);

    public ListingFile Read(string file, string relative, string displayPath)
    {
        var stamp = FileStamp.Of(file);
        if (stamp is { } known && snapshot.TryGet(relative, known, out var unchanged)) return unchanged;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ListingFile(relative, null, [new Diagnostic(displayPath, 0, $"cannot read: {e.Message}") { Code = ProblemCodes.FileUnreadable, Args = [e.Message] }]);
        }
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (stamp is { } touched && snapshot.TryGet(relative, touched, hash, out var same)) return same;

        var (listing, problems) = Parse(Decode(bytes), file, relative, displayPath, _validator);
        // The time is read again after the text, so a write in between makes it newer than the content, never older;
        // the snapshot keeps the stamp from before, so such a file is read again next time.
        var loaded = new ListingFile(relative, listing is null ? null : _deriver.Derive(listing), problems)
        {
            Modified = (FileStamp.Of(file) ?? stamp)?.WriteTime,
            Hash = listing is null ? null : hash,
        };
        if (stamp is { } parsed) snapshot.Remember(relative, parsed, hash, loaded);
        return loaded;
    }

    /// <summary>Front matter and validation of a file's text; the listing is not yet derived.</summary>
    public static (Listing? Listing, IReadOnlyList<Diagnostic> Problems) Parse(
        string text, string file, string relativePath, string displayPath, ListingValidator validator)
    {
        var (document, problem) = FrontMatterParser.Parse(displayPath, text);
        if (document is null) return (null, [problem!]);
        var id = Path.GetFileNameWithoutExtension(file);
        var (listing, problems) = validator.Validate(id, document);
        return (listing is null ? null : listing with { SourcePath = relativePath }, problems);
    }

    /// <summary>The text as <see cref="File.ReadAllText(string)"/> reads it: UTF-8 unless a byte order mark says otherwise.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
