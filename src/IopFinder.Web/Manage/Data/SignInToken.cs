namespace IopFinder.Web.Manage.Data;

/// <summary>
/// One e-mailed sign-in: a link and a 6-digit code, both stored only as hashes. Single use
/// (<see cref="UsedAt"/>), short-lived (<see cref="ExpiresAt"/>), and burned after too many wrong codes.
/// </summary>
public sealed class SignInToken
{
    public Guid Id { get; init; }

    /// <summary>The normalised address the message went to.</summary>
    public required string Email { get; init; }

    /// <summary>SHA-256 (hex) of the link's random token.</summary>
    public required string LinkHash { get; init; }

    /// <summary>SHA-256 (hex) of the code with <see cref="CodeSalt"/>.</summary>
    public required string CodeHash { get; init; }

    public required string CodeSalt { get; init; }

    /// <summary>SHA-256 (hex) of the client's address: counts requests per client without keeping the address.</summary>
    public required string ClientHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? UsedAt { get; set; }

    /// <summary>Wrong codes entered against this token.</summary>
    public int FailedCodes { get; set; }
}
