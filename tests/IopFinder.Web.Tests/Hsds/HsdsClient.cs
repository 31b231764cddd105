using System.Net;
using System.Text.Json;

namespace IopFinder.Web.Tests.Hsds;

/// <summary>Requests to the HSDS API that must succeed as JSON or NDJSON, and problem details that must come back as such.</summary>
public sealed class HsdsClient(HttpClient client)
{
    public async Task<JsonElement> Json(string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} for {url}: {body[..Math.Min(body.Length, 500)]}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<List<JsonElement>> Lines(string url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = new List<JsonElement>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line) lines.Add(JsonDocument.Parse(line).RootElement);
        return lines;
    }

    /// <summary>Every item of a list, page after page.</summary>
    public async Task<List<JsonElement>> AllPages(string url, string schema)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var json = await Json($"{url}{(url.Contains('?') ? '&' : '?')}page={page}");
            HsdsSchemas.AssertValid(json, schema, $"{url} page {page}");
            Assert.Equal(page, json.GetProperty("page_number").GetInt32());
            items.AddRange(json.GetProperty("contents").EnumerateArray());
            if (json.GetProperty("last_page").GetBoolean()) return items;
        }
    }

    public async Task<JsonElement> Problem(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
