using IopFinder.Web.Manage.Data;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Reminders;

/// <summary>Runs a round of <see cref="ConfirmationReminders"/> every <see cref="ReminderOptions.Interval"/>, on the site's clock.</summary>
public sealed class ConfirmationReminderService(IServiceScopeFactory scopes, StaffDatabaseGate database, IOptions<ReminderOptions> options, TimeProvider clock,
    ILogger<ConfirmationReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // The first round (one interval after start, never during it) migrates the database if no portal request has.
                await database.EnsureReadyAsync(stoppingToken);
                // A scope per round: a fresh database context and the catalog as it is now.
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ConfirmationReminders>().RunOnceAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed round (the database away) must not stop the service: the next round tries again.
                log.LogError(e, "A round of confirmation reminders failed.");
            }
        }
    }
}
