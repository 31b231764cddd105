using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>
/// Suggested corrections, one Markdown file each in the corrections folder, for the catalog's
/// maintainers to review. Only what the person typed and the listing id are kept: no address, no time
/// of day, no cookie.
/// </summary>
public sealed class CorrectionBox(IOptions<CatalogOptions> options, TimeProvider clock)
{
    /// <summary>Longest suggestion kept, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>Longest contact kept, in characters.</summary>
    public const int MaxContactLength = 200;

    private string Folder => Path.GetFullPath(options.Value.CorrectionsPath);

    /// <summary>Saves a suggestion; false when the text is empty.</summary>
    public bool Save(string listingId, string? text, string? contact)
    {
        var suggestion = Clean(text, MaxLength);
        if (suggestion.Length == 0) return false;
        Directory.CreateDirectory(Folder);
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Path.Combine(Folder, $"{day}-{listingId}-{Guid.NewGuid().ToString("N")[..8]}.md");
        var body = new StringBuilder()
            .Append("listing: ").Append(listingId).Append('\n')
            .Append("date: ").Append(day).Append('\n');
        if (Clean(contact, MaxContactLength) is { Length: > 0 } reach) body.Append("contact: ").Append(reach).Append('\n');
        body.Append('\n').Append(suggestion).Append('\n');
        File.WriteAllText(file, body.ToString());
        return true;
    }

    /// <summary>How many suggestions wait in the folder.</summary>
    public int Count() => Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.md").Length : 0;

    private static string Clean(string? text, int max)
    {
        var clean = new string((text ?? "").Where(c => !char.IsControl(c) || c == '\n').ToArray()).Trim();
        return clean.Length > max ? clean[..max] : clean;
    }
}
