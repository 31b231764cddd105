using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IopFinder.Web.Status;

/// <summary>
/// Adds <c>/healthz</c> to the OpenAPI document: health checks answer outside the endpoints the document
/// is made from, and monitors still want to read what it says.
/// </summary>
public sealed class HealthDocument : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(typeof(HealthResponse), null, cancellationToken);
        OpenApiResponse Answer(string description) => new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
        document.Paths ??= [];
        document.Paths[HealthEndpoint.Path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = "Health",
                    Summary = "Healthy (200), Degraded (200: the content folder cannot be read or the last reload failed, and the last good catalog serves; or no program listed) or Unhealthy (503: no catalog)",
                    Tags = new HashSet<OpenApiTagReference> { new("Status", document) },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = Answer("Healthy or Degraded: the site serves."),
                        ["503"] = Answer("Unhealthy: no catalog is loaded."),
                    },
                },
            },
        };
    }
}
