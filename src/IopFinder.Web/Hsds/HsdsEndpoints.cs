using IopFinder.Web.Hsds.Model;
using IopFinder.Web.Shared.Links;

// In the host's namespace, so that SiteHost adds the API with one line.
namespace IopFinder.Web.Hsds;

/// <summary>
/// The Open Referral HSDS 3.0 API under <c>/hsds</c> (SPEC section 3): services, services at locations,
/// taxonomies and terms, each list paged in the HSDS envelope or dumped as NDJSON.
/// </summary>
public static class HsdsEndpoints
{
    /// <summary>The HSDS base this API follows: HSDS 3.0's published schemas.</summary>
    public const string Profile = "https://github.com/openreferral/specification/tree/3.0/schema";

    public const string OpenApiPath = "/openapi/v1.json";

    public static IEndpointRouteBuilder MapHsds(this IEndpointRouteBuilder endpoints)
    {
        var hsds = endpoints.MapGroup("/hsds").WithTags("HSDS");
        hsds.MapGet("/", (HttpRequest request, SiteUrls urls) => HsdsJson.Json(new HsdsRoot("3.0", Profile, OpenApiUrl(request, urls))));
        hsds.MapServiceEndpoints();
        hsds.MapSiteEndpoints();
        hsds.MapTaxonomyEndpoints();
        return endpoints;
    }

    // HSDS wants an absolute URI here: the configured public address, else (this answer is never
    // cached, so a forged Host header reaches only its sender) the address the request came to.
    private static string OpenApiUrl(HttpRequest request, SiteUrls urls) =>
        urls.IsAbsolute ? urls.For(OpenApiPath)
        : request.Host.HasValue ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{OpenApiPath}" : OpenApiPath;
}
