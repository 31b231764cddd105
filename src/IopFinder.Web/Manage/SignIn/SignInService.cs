using System.Security.Cryptography;
using IopFinder.Web.Manage.Data;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.SignIn;

/// <summary>
/// Issues and redeems e-mailed sign-ins: a random link token and a 6-digit code, kept only as hashes,
/// valid 15 minutes, used once. Requests are counted per address and per client in the database, so the
/// limits hold across replicas; wrong codes burn the token after <see cref="MaxWrongCodes"/>.
/// </summary>
public sealed class SignInService(StaffDb db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public const int MaxWrongCodes = 5;

    /// <summary>Messages one address may be sent per <see cref="Lifetime"/>.</summary>
    public const int MaxPerAddress = 5;

    /// <summary>Messages one client may ask for per <see cref="Lifetime"/>, whatever the addresses.</summary>
    public const int MaxPerClient = 20;

    /// <summary>The longest link token read; real ones are 43 characters.</summary>
    public const int MaxLinkLength = 100;

    public async Task<SignInIssue?> IssueAsync(string email, string client, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var since = now - Lifetime;
        var clientHash = Hashes.Sha256(client);
        if (await db.SignInTokens.CountAsync(t => t.Email == email && t.CreatedAt > since, cancellationToken) >= MaxPerAddress
            || await db.SignInTokens.CountAsync(t => t.ClientHash == clientHash && t.CreatedAt > since, cancellationToken) >= MaxPerClient)
        {
            return null;
        }
        var link = Hashes.RandomToken(32);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = Hashes.RandomToken(16);
        db.SignInTokens.Add(new SignInToken
        {
            Id = Guid.NewGuid(), Email = email, LinkHash = Hashes.Sha256(link), CodeSalt = salt, CodeHash = Hashes.Sha256(salt + code),
            ClientHash = clientHash, CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new SignInIssue(link, code);
    }

    /// <summary>The address a link signs in, using it up; null for an unknown, used or expired link.</summary>
    public async Task<string?> RedeemLinkAsync(string? link, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(link) || link.Length > MaxLinkLength) return null;
        var hash = Hashes.Sha256(link);
        var token = await db.SignInTokens.AsNoTracking().SingleOrDefaultAsync(t => t.LinkHash == hash, cancellationToken);
        return token is not null && await UseAsync(token, cancellationToken) ? token.Email : null;
    }

    /// <summary>True when a link is still good, without using it (the confirm page's GET).</summary>
    public async Task<bool> IsLinkUsableAsync(string? link, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(link) || link.Length > MaxLinkLength) return false;
        var hash = Hashes.Sha256(link);
        var now = Now;
        return await db.SignInTokens.AnyAsync(t => t.LinkHash == hash && t.UsedAt == null && t.ExpiresAt > now && t.FailedCodes < MaxWrongCodes, cancellationToken);
    }

    /// <summary>Checks a code against the newest live token of the address; true signs in and uses the token up.</summary>
    public async Task<bool> RedeemCodeAsync(string email, string? code, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var token = await db.SignInTokens.Where(t => t.Email == email && t.UsedAt == null && t.ExpiresAt > now && t.FailedCodes < MaxWrongCodes)
            .OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (token is null) return false;
        var digits = code?.Trim();
        if (digits is { Length: 6 } && digits.All(char.IsAsciiDigit)
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Hashes.Sha256(token.CodeSalt + digits)), System.Text.Encoding.ASCII.GetBytes(token.CodeHash)))
        {
            return await UseAsync(token, cancellationToken);
        }
        token.FailedCodes++;
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Marks the token used in one conditional update, so two redemptions at once cannot both win.</summary>
    private async Task<bool> UseAsync(SignInToken token, CancellationToken cancellationToken)
    {
        var now = Now;
        var id = token.Id;
        var updated = await db.SignInTokens
            .Where(t => t.Id == id && t.UsedAt == null && t.ExpiresAt > now && t.FailedCodes < MaxWrongCodes)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        return updated == 1;
    }
}
