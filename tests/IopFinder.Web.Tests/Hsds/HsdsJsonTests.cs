using IopFinder.Web.Hsds;

namespace IopFinder.Web.Tests.Hsds;

public class HsdsJsonTests
{
    [Fact]
    public void Options_AreReadOnlyBeforeTheFirstRequest_SoConcurrentFirstRequestsCannotRaceOnThem()
    {
        // Mutable shared options once failed a request with a 500 when two HSDS requests were the first at once.
        Assert.True(HsdsJson.Options.IsReadOnly);
        Assert.NotNull(HsdsJson.Options.TypeInfoResolver);
    }
}
