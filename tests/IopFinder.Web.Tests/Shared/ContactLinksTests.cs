using IopFinder.Web.Shared;

namespace IopFinder.Web.Tests.Shared;

public class ContactLinksTests
{
    [Theory]
    [InlineData("617-555-0100", "tel:6175550100")]
    [InlineData("(617) 555-0100", "tel:6175550100")]
    [InlineData("+1 617 555 0100", "tel:+16175550100")]
    [InlineData("617-268-5000 x1", "tel:6172685000;ext=1")]
    [InlineData("617-268-5000 ext. 204", "tel:6172685000;ext=204")]
    [InlineData("617-555-0100\"><script>", "tel:6175550100")]
    public void Tel_DialsOnlyTheNumberAndKeepsTheExtensionApart(string phone, string tel) => Assert.Equal(tel, ContactLinks.Tel(phone));

    [Theory]
    [InlineData("https://example.org/iop", "https://example.org/iop")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://example.org", null)]
    [InlineData("not a url", null)]
    public void Web_KeepsOnlyHttpAddresses(string url, string? expected) => Assert.Equal(expected, ContactLinks.Web(url));
}
