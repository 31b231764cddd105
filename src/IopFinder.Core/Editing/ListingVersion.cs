using System.Security.Cryptography;
using System.Text;

namespace IopFinder.Core.Editing;

/// <summary>
/// A listing file's version: the SHA-256 of its bytes, in the hex form the catalog keeps as a file's
/// hash. The editor form carries the version of the file it was opened from; a save checks it.
/// </summary>
public static class ListingVersion
{
    /// <summary>The version of a file that does not exist (a new listing).</summary>
    public const string None = "";

    /// <summary>The version of these file bytes.</summary>
    public static string Of(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>The version of a text as the saver writes it (UTF-8 without a byte order mark).</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
