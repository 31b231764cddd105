using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Data;

/// <summary>
/// The staff portal's database: sign-in tokens, sessions, who edits which listing, the review queue,
/// the audit trail and the data-protection keys (in the database so that every replica reads the same
/// cookies). Listings themselves stay Markdown files. One subclass per provider holds its migrations.
/// </summary>
public abstract class StaffDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<SignInToken> SignInTokens => Set<SignInToken>();

    public DbSet<StaffSession> Sessions => Set<StaffSession>();

    public DbSet<EditorGrant> Grants => Set<EditorGrant>();

    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<SignInToken>(token =>
        {
            token.Property(t => t.Email).HasMaxLength(StaffAddress.MaxLength);
            token.Property(t => t.LinkHash).HasMaxLength(64);
            token.Property(t => t.CodeHash).HasMaxLength(64);
            token.Property(t => t.CodeSalt).HasMaxLength(32);
            token.Property(t => t.ClientHash).HasMaxLength(64);
            token.HasIndex(t => t.LinkHash).IsUnique();
            token.HasIndex(t => new { t.Email, t.CreatedAt });
            token.HasIndex(t => new { t.ClientHash, t.CreatedAt });
        });
        model.Entity<StaffSession>(session => session.Property(s => s.Email).HasMaxLength(StaffAddress.MaxLength));
        model.Entity<EditorGrant>(grant =>
        {
            grant.Property(g => g.Email).HasMaxLength(StaffAddress.MaxLength);
            grant.Property(g => g.ListingId).HasMaxLength(200);
            grant.Property(g => g.Route).HasConversion<string>().HasMaxLength(20);
            grant.HasIndex(g => new { g.ListingId, g.Email }).IsUnique();
            grant.HasIndex(g => g.Email);
        });
        model.Entity<ReviewItem>(item =>
        {
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.ListingId).HasMaxLength(200);
            item.Property(i => i.Submitter).HasMaxLength(StaffAddress.MaxLength);
            item.Property(i => i.Language).HasMaxLength(10);
            item.Property(i => i.DecidedBy).HasMaxLength(StaffAddress.MaxLength);
            item.Property(i => i.Reason).HasMaxLength(ReviewItem.MaxReasonLength);
            item.HasIndex(i => new { i.Status, i.SubmittedAt });
            item.HasIndex(i => i.Submitter);
        });
        model.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.Actor).HasMaxLength(StaffAddress.MaxLength);
            entry.Property(e => e.ListingId).HasMaxLength(200);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.ListingId, e.At });
        });
        model.Entity<ReminderSent>(sent =>
        {
            sent.Property(r => r.ListingId).HasMaxLength(200);
            sent.Property(r => r.Email).HasMaxLength(StaffAddress.MaxLength);
            // Two replicas racing to send the same reminder: the second insert fails instead of recording it twice.
            sent.HasIndex(r => new { r.ListingId, r.Stage, r.ConfirmedOn, r.Email }).IsUnique();
        });
    }
}
