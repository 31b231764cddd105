using System.Text.Json;
using Json.Schema;
using IopFinder.Web.Discovery;

namespace IopFinder.Web.Tests.Hsds;

/// <summary>
/// The published HSDS 3.0 JSON Schemas (a copy in tests/fixtures/hsds, CC BY-SA 4.0), all in one registry. They carry no <c>$id</c> and
/// refer to each other by file name (<c>"$ref": "attribute.json"</c>), so each is registered under one base
/// URI plus its file name; the paged envelope and the root document come from the reference openapi.json.
/// Formats (uuid, uri, email, date-time) are checked, and so is every property name: the schemas allow
/// unknown properties, so a misspelt name (<c>address1</c>) would otherwise pass unseen.
/// </summary>
public static class HsdsSchemas
{
    public static string Folder => Path.GetFullPath(Path.Combine(SiteFactory.RepoRoot, "tests", "fixtures", "hsds"));

    private static readonly Uri Base = new("https://hsds.test/schema/");
    private static readonly Lazy<Loaded> Schemas = new(Load);

    // A property the schemas do not declare but HSDS's compiled list schemas do, and the schema it follows.
    private static readonly Dictionary<(string File, string Property), string> CompiledExtras = new()
    {
        [("service_at_location.json", "service")] = "service.json",
    };

    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private sealed record Loaded(BuildOptions Options, Dictionary<string, JsonElement> Raw, Dictionary<string, JsonSchema> Built);

    /// <summary>Every problem of a document against a schema file ("service.json"), or against the page envelope of one ("page:service.json") or the root document ("root").</summary>
    public static IReadOnlyList<string> Problems(JsonElement document, string schema)
    {
        var loaded = Schemas.Value;
        var built = Built(loaded, schema);
        var problems = Evaluate(built, document, "");
        if (schema.StartsWith("page:", StringComparison.Ordinal))
        {
            var item = schema["page:".Length..];
            var i = 0;
            foreach (var content in document.GetProperty("contents").EnumerateArray()) Undeclared(loaded, content, item, $"/contents/{i++}", problems);
        }
        else if (schema != "root")
        {
            Undeclared(loaded, document, schema, "", problems);
        }
        return problems;
    }

    /// <summary>Fails with every problem listed when the document does not follow the schema.</summary>
    public static void AssertValid(JsonElement document, string schema, string what)
    {
        var problems = Problems(document, schema);
        Assert.True(problems.Count == 0, $"{what} against {schema}:\n{string.Join("\n", problems.Take(20))}");
    }

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order().ToList();

    private static Loaded Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var raw = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var element = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement;
            raw[file] = element;
            if (file == "openapi.json")
            {
                // Not a schema itself: registered as a document whose parts pages and the root refer to.
                options.SchemaRegistry.Register(new Uri(Base, file), new JsonElementBaseDocument(element, new Uri(Base, file)));
                continue;
            }
            built[file] = JsonSchema.Build(element, options, new Uri(Base, file));
        }
        return new Loaded(options, raw, built);
    }

    private static JsonSchema Built(Loaded loaded, string schema)
    {
        lock (loaded)
        {
            if (loaded.Built.TryGetValue(schema, out var existing)) return existing;
            var text = schema == "root"
                ? """{"$ref": "openapi.json#/paths/~1/get/responses/200/content/application~1json/schema", "required": ["version", "profile", "openapi_url"]}"""
                : """
                  {"$ref": "openapi.json#/components/schemas/Page",
                   "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
                   "properties": {"contents": {"type": "array", "items": {"$ref": "ITEM"}}}}
                  """.Replace("ITEM", schema["page:".Length..]);
            var name = schema == "root" ? "root.json" : $"page-{schema["page:".Length..]}";
            return loaded.Built[schema] = JsonSchema.FromText(text, loaded.Options, new Uri(Base, name));
        }
    }

    private static List<string> Evaluate(JsonSchema schema, JsonElement document, string path)
    {
        var results = schema.Evaluate(document, Evaluation);
        return results.IsValid ? [] : (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{path}{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty($"{path}: invalid").ToList();
    }

    private static void Undeclared(Loaded loaded, JsonElement document, string file, string path, List<string> problems)
    {
        if (document.ValueKind != JsonValueKind.Object) return;
        var properties = loaded.Raw[file].GetProperty("properties");
        foreach (var property in document.EnumerateObject())
        {
            var at = $"{path}/{property.Name}";
            if (CompiledExtras.TryGetValue((file, property.Name), out var extra))
            {
                problems.AddRange(Evaluate(loaded.Built[extra], property.Value, at));
                Undeclared(loaded, property.Value, extra, at, problems);
                continue;
            }
            if (!properties.TryGetProperty(property.Name, out var declared))
            {
                problems.Add($"{at}: '{property.Name}' is not a property of {file}");
                continue;
            }
            if (declared.TryGetProperty("$ref", out var reference)) Undeclared(loaded, property.Value, reference.GetString()!, at, problems);
            else if (declared.TryGetProperty("items", out var items) && items.TryGetProperty("$ref", out var itemRef))
            {
                var i = 0;
                foreach (var element in property.Value.EnumerateArray()) Undeclared(loaded, element, itemRef.GetString()!, $"{at}/{i++}", problems);
            }
        }
    }
}
