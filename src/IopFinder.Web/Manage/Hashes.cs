using System.Security.Cryptography;
using System.Text;

namespace IopFinder.Web.Manage;

/// <summary>SHA-256 as lower-case hex: what the database keeps instead of secrets and client addresses.</summary>
public static class Hashes
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A random value for links and salts, URL-safe.</summary>
    public static string RandomToken(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
