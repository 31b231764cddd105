using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Confirming;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Mail;
using IopFinder.Web.Shared.Localization;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Reminders;

/// <summary>
/// One round of confirmation reminders: every editor of a listing whose confirmation lapses within a stage
/// (<see cref="ConfirmationReminder"/>) gets one message per stage and confirmation date, in their language.
/// A message the mail server did not take is not recorded, so the next round tries it again.
/// </summary>
public sealed class ConfirmationReminders(StaffDb db, ConfirmationService confirmations, StaffMail mail, ILogger<ConfirmationReminders> log)
{
    /// <summary>Sends the reminders due at <paramref name="now"/>; returns how many went out.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellation = default)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var grants = await db.Grants.AsNoTracking().Select(g => new { g.ListingId, g.Email }).ToListAsync(cancellation);
        var sent = 0;
        foreach (var listingGrants in grants.GroupBy(g => g.ListingId))
        {
            // From the file, not the catalog: a confirmation made a moment ago counts before the live reload has it.
            var listing = confirmations.Read(listingGrants.Key);
            if (listing?.Confirmed is not { } confirmed || ConfirmationReminder.Due(confirmed, today) is not { } stage) continue;
            var already = await db.RemindersSent.AsNoTracking()
                .Where(r => r.ListingId == listing.Id && r.Stage == stage && r.ConfirmedOn == confirmed.Date)
                .Select(r => r.Email).ToListAsync(cancellation);
            foreach (var email in listingGrants.Select(g => g.Email).Except(already))
            {
                if (await SendAsync(email, listing, confirmed, stage, now, cancellation)) sent++;
            }
        }
        return sent;
    }

    private async Task<bool> SendAsync(string email, Listing listing, Confirmation confirmed, int stage, DateTimeOffset now, CancellationToken cancellation)
    {
        try
        {
            var lapses = new ConfirmationStatus(ConfirmationState.Current, confirmed).Lapses!.Value;
            await mail.SendConfirmReminderAsync(email, listing.Id, listing.Name, stage, lapses, await LanguageOfAsync(email, cancellation), cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "A confirmation reminder for {Listing} could not be sent; the next round tries again.", listing.Id);
            return false;
        }
        db.RemindersSent.Add(new ReminderSent { ListingId = listing.Id, Email = email, Stage = stage, ConfirmedOn = confirmed.Date, SentAt = now.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException e)
        {
            // Another replica recorded the same reminder first.
            log.LogInformation(e, "A confirmation reminder for {Listing} was already recorded.", listing.Id);
            db.ChangeTracker.Clear();
        }
        return true;
    }

    /// <summary>The language of the person's latest request in the portal; English when they have made none.</summary>
    private async Task<SiteLanguage> LanguageOfAsync(string email, CancellationToken cancellation)
    {
        var code = await db.ReviewItems.AsNoTracking().Where(i => i.Submitter == email)
            .OrderByDescending(i => i.SubmittedAt).Select(i => i.Language).FirstOrDefaultAsync(cancellation);
        return SiteLanguage.FromTag(code) ?? SiteLanguage.Default;
    }
}
