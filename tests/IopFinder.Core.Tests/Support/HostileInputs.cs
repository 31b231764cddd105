namespace IopFinder.Core.Tests.Support;

/// <summary>Reproducible streams of hostile query-string values: wrong types, extremes, syntax, markup, other scripts.</summary>
public static class HostileInputs
{
    /// <summary>Places no search can measure from: coordinates out of range, at sea or abroad, and text that names nothing (each fits in a query string).</summary>
    public static readonly string[] Places =
    [
        "91,-71", "42.36,-181", "999,999", "-90.5, 10", "30,-40", "42.35,-70.55", "42.5,-87.2", "43.6532,-79.3832", "0,0", "-33.87,151.21",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", new string('a', 7_000),
        string.Concat(Enumerable.Repeat("<script>", 400)), "Xyzzyville", "Atlantis, ZZ", "99999", "Chicago 99999", "1e5,1e5", "NaN,NaN",
        "42.36,-71.10,5", "😢🆘", "депрессия",
    ];

    /// <summary>
    /// Interface languages (<c>lang</c>) and <c>Accept-Language</c> tags no page may fail on or repeat: unknown, malformed, over-long, markup.
    /// <c>es-*</c> tags name Spanish; the others name no language of the site.
    /// </summary>
    public static readonly string[] Languages =
    [
        "xx", "es-ZZ", "ES", "es-419", "en-GB", "zh-Hans-CN", "i-klingon", "es_MX", "spanish", "español", "e", "*", "es;q=1", "es,en", " es", "es ",
        "ｅｓ", "e\u0301s", "es\r\nSet-Cookie: a=b", "../es", "<script>alert(1)</script>", "es\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
        "es-" + new string('a', 40), new string('e', 5_000), "😢", "عربي", "es-\u202Eevil",
    ];

    // After Places and Languages, which it includes: static fields are initialised in the order they are written.
    public static readonly string[] Values =
    [
        "", " ", "0", "-1", "-0", "1e309", "-1e309", "NaN", "Infinity", "1.7976931348623157E+308", "99999999999999999999", "0x1F",
        "true", "false", "null", "undefined", "[]", "{}", "depression", "DEPRESSION", "depresion", "ptsd,anxiety,,", ",",
        "02139", "99999", "00000", "Cambridge, MA", "42.36,-71.10", "91,181", "-90,-180", "abc,def",
        "*", "?", "~", "\\", "\"", "'", "a:b", "name:x*", "(", ")", "AND", "OR NOT", "[1 TO 5]", "{!lucene}", "+-&&||!(){}[]^\"~*?:\\/",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "../../etc/passwd", "%00", "\u0000",
        "\u0007\u001b[31m", "\r\nSet-Cookie: a=b", "😢🆘", "депрессия", "抑郁症", "اكتئاب", "\u202Eevil", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
        new string('a', 10_000), new string('9', 400), string.Concat(Enumerable.Repeat("dbt ", 300)),
        "2ed6657d-e927-568b-95e1-2665a8aea6a2", "00000000-0000-0000-0000-000000000000", "2026-01-31T09:30:00Z", "2026-01-31T09:30:00 02:00",
        "0001-01-01", "9999-12-31T23:59:59.9999999-14:00", "ndjson", "json", "16000", "1e-300",
        .. Places, .. Languages,
    ];

    /// <summary>Every filter's parameter (a new filter is covered as soon as it is defined), the other parameters (the HSDS API's too), and odd ones.</summary>
    public static readonly string[] Keys =
    [
        .. IopFinder.Core.Filtering.Filters.All.Select(f => f.Parameter),
        "q", "radius", "sort", "page", "size", "include_unknown", "lang", "ids", "w.insurance", "w.fresh", "w.schedule", "w.level", "w.bogus", "diff", "unknown", "",
        // HSDS (format is a filter's parameter too, so it is already above).
        "search", "per_page", "modified_after", "taxonomy_term_id", "postcode", "proximity",
    ];

    /// <summary>A random query: 0–30 pairs, keys mostly real, values from <see cref="Values"/> or random characters.</summary>
    public static List<KeyValuePair<string, string?>> Query(Random random)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        var count = random.Next(0, 31);
        for (var i = 0; i < count; i++)
        {
            var key = Keys[random.Next(Keys.Length)];
            var value = random.Next(4) == 0 ? RandomText(random) : Values[random.Next(Values.Length)];
            pairs.Add(new(key, value));
        }
        return pairs;
    }

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(0, 40)];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0xD7FF);
        return new string(chars);
    }
}
