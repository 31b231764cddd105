using Microsoft.Playwright;

namespace IopFinder.Browser.Tests.Manage;

/// <summary>
/// A save goes live when the site's content watcher has read the file, a moment after the save's answer.
/// The wait is on that state: the public page, fetched from the browser, says the text (as read, entities decoded).
/// </summary>
public static class LiveReload
{
    public static async Task UntilPageSaysAsync(IPage page, string path, string text) =>
        await page.WaitForFunctionAsync(
            // Synchronous on purpose: Playwright's predicate must answer synchronously, and a promise would count as true.
            """
            ([path, text]) => {
                const request = new XMLHttpRequest();
                request.open("GET", path, false);
                request.send();
                if (request.status !== 200) return false;
                return new DOMParser().parseFromString(request.responseText, "text/html").body.textContent.replace(/\s+/g, " ").includes(text);
            }
            """,
            new[] { path, text }, new() { PollingInterval = 100 });
}
