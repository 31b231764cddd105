using System.Security.Cryptography;
using System.Text;

namespace IopFinder.Web.Hsds;

/// <summary>Name-based UUIDs, version 5 (RFC 9562 section 5.5): SHA-1 of a namespace UUID and a name, so the same name always gives the same id.</summary>
public static class NameBasedUuid
{
    /// <summary>The version-5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="space"/>.</summary>
    public static Guid Create(Guid space, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
