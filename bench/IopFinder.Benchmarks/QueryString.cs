namespace IopFinder.Benchmarks;

/// <summary>Splits a query string into name/value pairs the way a browser's form encodes them.</summary>
public static class QueryString
{
    public static IEnumerable<KeyValuePair<string, string?>> Pairs(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var eq = part.IndexOf('=');
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            return new KeyValuePair<string, string?>(Decode(name), Decode(value));
        });

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
