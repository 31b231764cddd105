namespace IopFinder.Web.Manage;

/// <summary>The portal's people (section "Staff"): the maintainers who review claims, changes and new programs.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Maintainers' e-mail addresses.</summary>
    public List<string> Maintainers { get; set; } = [];

    /// <summary>True when the address is a maintainer's (addresses compare without case).</summary>
    public bool IsMaintainer(string email) => Maintainers.Any(m => string.Equals(m.Trim(), email, StringComparison.OrdinalIgnoreCase));
}
