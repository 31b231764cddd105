using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IopFinder.Web.Developers;

/// <summary>What the document says about the API as a whole.</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "IopFinder API",
            Version = "v1",
            Description = "Search and compare intensive outpatient and day programs for mental health and substance use (the contract: SPEC sections 2–4), " +
                "and the catalog as Open Referral HSDS 3.0 under /hsds. Errors are RFC 9457 problem details (application/problem+json). " +
                "In crisis? Call or text 988 (Suicide & Crisis Lifeline), or 911 in an emergency.",
        };
        return Task.CompletedTask;
    }
}
