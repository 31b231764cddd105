using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Tests.Manage;

/// <summary>Which addresses earn a listing at once: its own e-mail, or an address on its website's registrable domain, compared label by label.</summary>
public class RegistrableDomainTests
{
    [Theory]
    [InlineData("https://www.example.org/iop", "intake@example.org", GrantRoute.WebsiteDomain)]
    [InlineData("https://example.org/iop", "staff@iop.example.org", GrantRoute.WebsiteDomain)]
    [InlineData("https://iop.example.org", "staff@example.org", GrantRoute.WebsiteDomain)]
    [InlineData("example.org", "staff@EXAMPLE.org", GrantRoute.WebsiteDomain)]
    [InlineData("https://www.clinic.co.uk", "staff@clinic.co.uk", GrantRoute.WebsiteDomain)]
    [InlineData("https://example.org", "staff@evil-example.org", null)]
    [InlineData("https://example.org", "staff@example.org.evil.test", null)]
    [InlineData("https://example.org", "staff@examplexorg.test", null)]
    [InlineData("https://other.co.uk", "staff@clinic.co.uk", null)]
    [InlineData("https://sites.google.com/view/clinic", "someone@google.com", null)]
    [InlineData("https://clinic.wixsite.com/iop", "someone@other.wixsite.com", null)]
    [InlineData("https://www.facebook.com/clinic", "someone@facebook.com", null)]
    [InlineData("https://192.168.1.10/", "someone@192.168.1.10", null)]
    [InlineData("not a url", "someone@example.org", null)]
    [InlineData(null, "someone@example.org", null)]
    public void ClaimRule_ByWebsite_MatchesTheRegistrableDomainOnly(string? website, string email, GrantRoute? expected)
    {
        var listing = new Listing { Id = "x", Name = "X", Contact = new Contact { Website = website } };

        Assert.Equal(expected, ClaimRule.AtOnce(email.ToLowerInvariant(), listing));
    }

    [Theory]
    [InlineData("Intake@Clinic.example", "intake@clinic.example", GrantRoute.ContactEmail)]
    [InlineData("intake@clinic.example", "other@clinic.example", null)]
    [InlineData(null, "intake@clinic.example", null)]
    public void ClaimRule_ByContactEmail_MatchesTheWholeAddress(string? contact, string email, GrantRoute? expected)
    {
        var listing = new Listing { Id = "x", Name = "X", Contact = new Contact { Email = contact } };

        Assert.Equal(expected, ClaimRule.AtOnce(email, listing));
    }
}
