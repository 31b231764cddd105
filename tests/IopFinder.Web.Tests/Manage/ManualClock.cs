namespace IopFinder.Web.Tests.Manage;

/// <summary>A clock the test moves by hand: expiry is tested by advancing it, never by waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
