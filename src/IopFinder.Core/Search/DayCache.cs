namespace IopFinder.Core.Search;

/// <summary>
/// A value worked out once per day (counts that depend on openings and confirmations lapsing at midnight).
/// Day and value are swapped in as one reference, so concurrent searches never pair one day with another's value;
/// two searches at the turn of a day may both work it out, which is harmless.
/// </summary>
internal sealed class DayCache<T>
{
    private sealed record Entry(int Day, T Value);

    private volatile Entry? _entry;

    /// <summary>The value for <paramref name="day"/>, made by <paramref name="make"/> when the day has changed.</summary>
    public T Get(int day, Func<T> make)
    {
        if (_entry is { } entry && entry.Day == day) return entry.Value;
        var value = make();
        _entry = new Entry(day, value);
        return value;
    }
}
