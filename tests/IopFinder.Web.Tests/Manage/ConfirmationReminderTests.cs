using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Reminders 15 and 5 days before a confirmation lapses, once each, through a real SMTP server, on a clock the test moves.</summary>
public class ConfirmationReminderTests
{
    private const string Editor = "director@alpha.example";
    private const string ConfirmLink = $"{ConfirmSite.PublicUrl}/manage/listings/{ConfirmSite.Id}/confirm";

    [Fact]
    public async Task Reminders_75DaysAfterConfirmation_SendTheFifteenDayReminderOnce()
    {
        await using var site = new ConfirmSite(confirmedDaysAgo: 75);
        site.Grant(Editor);

        Assert.Equal(1, await site.RunRemindersAsync());
        Assert.Equal(0, await site.RunRemindersAsync());

        var message = await site.Mail.NextAsync();
        Assert.Equal(Editor, message.To.Mailboxes.Single().Address);
        Assert.Equal("Please confirm Alpha Program on IopFinder within 15 days", message.Subject);
        Assert.Contains(ConfirmLink, message.TextBody);
        Assert.Contains("From 2026-12-10 it will show as possibly out of date", message.TextBody);
        Assert.Equal(0, site.Mail.Waiting);
    }

    [Fact]
    public async Task Reminders_TenDaysLater_SendTheFiveDayReminder()
    {
        await using var site = new ConfirmSite(confirmedDaysAgo: 75);
        site.Grant(Editor);
        await site.RunRemindersAsync();
        await site.Mail.NextAsync();

        site.Clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal(1, await site.RunRemindersAsync());
        Assert.Equal("Please confirm Alpha Program on IopFinder within 5 days", (await site.Mail.NextAsync()).Subject);
        Assert.Equal([5, 15], site.Read(db => db.RemindersSent.Select(r => r.Stage).OrderBy(s => s).ToList()));
    }

    [Fact]
    public async Task Reminders_ListingConfirmedAgainInThePortal_SendsNone()
    {
        await using var site = new ConfirmSite(confirmedDaysAgo: 75);
        site.Grant(Editor);
        var client = site.NewClient();
        await client.SignInWithCodeAsync(Editor);
        const string page = $"/manage/listings/{ConfirmSite.Id}/confirm";
        await client.PostAsync(page, page);

        Assert.Equal(0, await site.RunRemindersAsync());
        Assert.Equal(0, site.Mail.Waiting);
    }

    [Fact]
    public async Task Reminders_EditorWhoWroteInSpanish_GetsTheReminderInSpanish()
    {
        await using var site = new ConfirmSite(confirmedDaysAgo: 86);
        site.Grant(Editor);
        site.Read(db =>
        {
            db.ReviewItems.Add(new ReviewItem { Kind = ReviewKind.Claim, ListingId = "beta", Submitter = Editor, Language = "es", SubmittedAt = site.Clock.GetUtcNow().UtcDateTime });
            return db.SaveChanges();
        });

        await site.RunRemindersAsync();

        var message = await site.Mail.NextAsync();
        Assert.Equal("Confirme Alpha Program en IopFinder en los próximos 5 días", message.Subject);
        Assert.Contains(ConfirmLink + "?lang=es", message.TextBody);
    }

    [Fact]
    public async Task Reminders_MailServerDown_AreSentOnTheNextRoundOnceItIsBack()
    {
        await using var site = new ConfirmSite(confirmedDaysAgo: 75);
        site.Grant(Editor);
        await site.Mail.DisposeAsync();

        Assert.Equal(0, await site.RunRemindersAsync());
        Assert.Equal(0, site.Read(db => db.RemindersSent.Count()));

        await using var back = new SmtpCapture(site.Mail.Port);
        Assert.Equal(1, await site.RunRemindersAsync());
        Assert.Equal("Please confirm Alpha Program on IopFinder within 15 days", (await back.NextAsync()).Subject);
    }
}
