using System.IO.Compression;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace IopFinder.Core.Geo.Outlines;

/// <summary>
/// Reads the outline files built by tools/us-atlas: gzip-compressed GeoJSON FeatureCollections whose
/// features carry the properties fips, name and state.
/// </summary>
public static class OutlineReader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Reads every polygonal feature of a gzip GeoJSON stream; other features are skipped.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a file.</exception>
    public static IReadOnlyList<RegionShape> Read(Stream gzipStream)
    {
        FeatureCollection? features;
        try
        {
            using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress);
            features = JsonSerializer.Deserialize<FeatureCollection>(gzip, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a GeoJSON FeatureCollection: {e.Message}", e);
        }
        if (features is null) throw new InvalidDataException("not a GeoJSON FeatureCollection");

        var shapes = new List<RegionShape>(features.Count);
        foreach (var feature in features)
        {
            if (feature.Geometry is not (Polygon or MultiPolygon)) continue;
            var region = new Region(Text(feature.Attributes, "fips"), Text(feature.Attributes, "name"), Text(feature.Attributes, "state"));
            shapes.Add(new RegionShape(region, feature.Geometry));
        }
        return shapes;
    }

    /// <summary>Reads an outline file embedded in IopFinder.Core.</summary>
    internal static IReadOnlyList<RegionShape> ReadEmbedded(string resourceName)
    {
        using var stream = typeof(OutlineReader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The outline resource {resourceName} is missing from IopFinder.Core.");
        return Read(stream);
    }

    private static string Text(IAttributesTable? attributes, string name) =>
        attributes?.GetOptionalValue(name) switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
            _ => throw new InvalidDataException($"a feature has no text property '{name}'"),
        };
}
