using System.Text.Json.Serialization;
using IopFinder.Web.Compare;
using IopFinder.Web.Programs;
using IopFinder.Web.Search;
using IopFinder.Web.Status;

namespace IopFinder.Web;

/// <summary>
/// Source-generated JSON for the API's answers: no reflection on the first request, and the faster
/// serializer on every one. The options match the site's (snake_case names, dictionary keys as they are).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(ProgramDetailDto))]
[JsonSerializable(typeof(CompareResponse))]
[JsonSerializable(typeof(StatusResponse))]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class ApiJson : JsonSerializerContext;
