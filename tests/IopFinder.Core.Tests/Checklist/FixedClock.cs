namespace IopFinder.Core.Tests.Checklist;

/// <summary>A clock stopped at one instant, so "reviewed in the last year" is testable.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
