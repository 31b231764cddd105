namespace IopFinder.Core.Listings;

/// <summary>How to reach a program's intake.</summary>
public sealed record Contact
{
    /// <summary>Phone number as written.</summary>
    public string? Phone { get; init; }
    /// <summary>An http(s) website.</summary>
    public string? Website { get; init; }
    /// <summary>Intake e-mail.</summary>
    public string? Email { get; init; }
    /// <summary>How referral works, in the program's words.</summary>
    public string? Referral { get; init; }
}
