using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Status;

/// <summary>
/// <c>/healthz</c> for the container and load balancer: the health checks' answer (the catalog's,
/// <see cref="CatalogHealthCheck"/>) as JSON, 200 while the site serves (Healthy or Degraded), 503 when it cannot.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IHealthChecksBuilder AddCatalogHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<CatalogHealthCheck>(CatalogHealthCheck.Name);

    public static IEndpointConventionBuilder MapCatalogHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = Write,
        });

    // The API's own JSON options (snake_case, source-generated), so the body reads like the rest of the API.
    private static Task Write(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(HealthResponse.From(report),
            context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, context.RequestAborted);
}
