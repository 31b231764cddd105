using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests;

/// <summary>axe on the page as it is now: zero violations, each one named with where it is.</summary>
public static class AxeAssert
{
    /// <summary>
    /// Every rule runs; only violations carry all their nodes. Passes and inapplicable rules still report, one node
    /// each, which is what makes a run on a long results page cheap enough to do on every page state.
    /// </summary>
    private static readonly AxeRunOptions ViolationsInFull = new() { ResultTypes = [ResultType.Violations] };

    public static async Task NoViolations(IPage page)
    {
        var results = await page.RunAxe(ViolationsInFull);
        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }
}
