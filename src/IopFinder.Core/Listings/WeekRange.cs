namespace IopFinder.Core.Listings;

/// <summary>The usual length of a program in weeks; <see cref="Min"/> equals <see cref="Max"/> for a single number.</summary>
public sealed record WeekRange(int Min, int Max)
{
    /// <summary>"8 weeks" or "6–12 weeks".</summary>
    public override string ToString() => Min == Max ? $"{Min} weeks" : $"{Min}–{Max} weeks";
}
