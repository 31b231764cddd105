using System.Globalization;
using System.Security;
using System.Text;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Discovery;

/// <summary>
/// A catalog's sitemap as the files to serve: one <c>urlset</c> when every entry fits the limits,
/// else numbered <c>urlset</c> files and a <c>sitemapindex</c> naming them.
/// </summary>
public sealed class SitemapSet
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static readonly string UrlsetOpen = $"{Declaration}<urlset xmlns=\"{Namespace}\">\n";
    private const string UrlsetClose = "</urlset>\n";

    private SitemapSet(IReadOnlyList<byte[]> files, byte[]? index) => (Files, Index) = (files, index);

    /// <summary>The <c>urlset</c> files, in order; the first is <c>sitemap-1.xml</c> when there is an index.</summary>
    public IReadOnlyList<byte[]> Files { get; }

    /// <summary>The <c>sitemapindex</c>, or null when one file holds everything.</summary>
    public byte[]? Index { get; }

    /// <summary>What <c>/sitemap.xml</c> serves.</summary>
    public byte[] Root => Index ?? Files[0];

    /// <summary>The address of the numbered file (from 1).</summary>
    public static string FilePath(int number) => $"/sitemap-{number.ToString(CultureInfo.InvariantCulture)}.xml";

    public static SitemapSet Build(IReadOnlyList<SitemapEntry> entries, SiteUrls urls, int maxUrls, int maxBytes)
    {
        var files = new List<Part> { new() };
        foreach (var entry in entries)
        {
            var element = Element("url", urls.For(entry.Path), entry.LastModified);
            var bytes = Encoding.UTF8.GetByteCount(element);
            if (files[^1].Count > 0 && (files[^1].Count == maxUrls || files[^1].Bytes + bytes > maxBytes)) files.Add(new Part());
            files[^1].Add(element, bytes, entry.LastModified);
        }
        var bodies = files.Select(f => Encoding.UTF8.GetBytes(f.Xml.Append(UrlsetClose).ToString())).ToList();
        if (bodies.Count == 1) return new SitemapSet(bodies, null);

        var index = new StringBuilder(Declaration).Append($"<sitemapindex xmlns=\"{Namespace}\">\n");
        for (var i = 0; i < files.Count; i++) index.Append(Element("sitemap", urls.For(FilePath(i + 1)), files[i].Latest));
        return new SitemapSet(bodies, Encoding.UTF8.GetBytes(index.Append("</sitemapindex>\n").ToString()));
    }

    private static string Element(string name, string location, DateOnly? lastModified) =>
        $"<{name}><loc>{SecurityElement.Escape(location)}</loc>" +
        (lastModified is { } date ? $"<lastmod>{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</lastmod>" : "") +
        $"</{name}>\n";

    /// <summary>One <c>urlset</c> being filled: its text, size in bytes with the closing tag, entries and latest change.</summary>
    private sealed class Part
    {
        private static readonly int FixedBytes = Encoding.UTF8.GetByteCount(UrlsetOpen) + Encoding.UTF8.GetByteCount(UrlsetClose);

        public StringBuilder Xml { get; } = new(UrlsetOpen);
        public int Bytes { get; private set; } = FixedBytes;
        public int Count { get; private set; }
        public DateOnly? Latest { get; private set; }

        public void Add(string element, int bytes, DateOnly? lastModified)
        {
            Xml.Append(element);
            Bytes += bytes;
            Count++;
            if (lastModified > Latest || Latest is null) Latest = lastModified;
        }
    }
}
