namespace IopFinder.Core.Tests.Support;

/// <summary>A clock a test moves forward, so one built index can be searched on different days.</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
