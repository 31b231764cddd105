using IopFinder.Web.Manage.Data;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.SignIn;

/// <summary>Server-side sessions: each sign-in starts a new one (no session fixation), sign-out ends it for every copy of the cookie.</summary>
public sealed class StaffSessions(StaffDb db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public async Task<StaffSession> StartAsync(string email, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new StaffSession { Id = Guid.NewGuid(), Email = email, StartedAt = now, ExpiresAt = now + Lifetime };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    public async Task<bool> IsActiveAsync(Guid id, string email, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Sessions.AnyAsync(s => s.Id == id && s.Email == email && s.EndedAt == null && s.ExpiresAt > now, cancellationToken);
    }

    public async Task EndAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Sessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
    }
}
