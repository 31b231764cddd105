using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Hsds;

/// <summary>How HSDS documents are written: snake_case names as the schemas spell them, absent values left out (HSDS fields are never null).</summary>
public static class HsdsJson
{
    public const string NdjsonType = "application/x-ndjson";

    public static JsonSerializerOptions Options { get; } = Frozen();

    // Read-only before any request sees it: TypedResults.Json sets a missing resolver on options that are
    // still mutable, which races with another request's first serialization and fails it.
    private static JsonSerializerOptions Frozen()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static JsonHttpResult<T> Json<T>(T value) => TypedResults.Json(value, Options);

    /// <summary>Every item as one JSON document per line, written as it is made: the whole dump is never held in memory.</summary>
    public static PushStreamHttpResult Ndjson<T>(IEnumerable<T> items, CancellationToken aborted) =>
        TypedResults.Stream(async stream =>
        {
            var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
            await using (var writer = new Utf8JsonWriter(pipe))
            {
                foreach (var item in items)
                {
                    aborted.ThrowIfCancellationRequested();
                    JsonSerializer.Serialize(writer, item, Options);
                    writer.Flush();
                    writer.Reset();
                    pipe.Write("\n"u8);
                    if (pipe.UnflushedBytes >= 64 * 1024) await pipe.FlushAsync(aborted);
                }
            }
            await pipe.FlushAsync(aborted);
            await pipe.CompleteAsync();
        }, NdjsonType);
}
