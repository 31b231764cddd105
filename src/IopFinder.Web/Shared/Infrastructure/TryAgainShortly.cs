using System.Globalization;

namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>A 503 that says when to come back: the answer while the staff database (portal, review queue) is away.</summary>
public static class TryAgainShortly
{
    /// <summary>Long enough for a database restart, short enough that a person waiting is not sent away for long.</summary>
    public static readonly TimeSpan After = TimeSpan.FromSeconds(30);

    public static void Set(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = ((int)After.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }
}
