namespace IopFinder.Core.Listings;

/// <summary><c>confirmed: {date, by}</c>: the day every field of the listing was confirmed as still right, and by whom (SPEC section 7).</summary>
public sealed record Confirmation(DateOnly Date, ConfirmedBy By)
{
    /// <summary>The YAML word for <see cref="By"/>: <c>program</c> or <c>maintainer</c>.</summary>
    public string ById => IdOf(By);

    /// <summary>The YAML word for a confirmer.</summary>
    public static string IdOf(ConfirmedBy by) => by == ConfirmedBy.Program ? "program" : "maintainer";

    /// <summary>Every YAML word <c>by</c> takes.</summary>
    public static IReadOnlyList<string> ByIds { get; } = [IdOf(ConfirmedBy.Program), IdOf(ConfirmedBy.Maintainer)];
}
