using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IopFinder.Browser.Tests;

/// <summary>axe on the page as it is now: zero violations, each one named with where it is.</summary>
public static class AxeAssert
{
    public static async Task NoViolations(IPage page)
    {
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }
}
