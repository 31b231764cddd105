namespace IopFinder.Web.Manage.Data;

/// <summary>How a person came to hold a listing.</summary>
public enum GrantRoute
{
    /// <summary>The address is on the listing's website domain.</summary>
    WebsiteDomain,

    /// <summary>The address is the listing's <c>contact.email</c>.</summary>
    ContactEmail,

    /// <summary>A maintainer approved the claim.</summary>
    Review,

    /// <summary>A maintainer invited the address.</summary>
    Invite,
}
