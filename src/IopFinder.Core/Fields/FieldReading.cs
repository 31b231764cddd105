using IopFinder.Core.Common;
using IopFinder.Core.Geo;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Fields;

/// <summary>What a field reads from: one file's front matter and body, the problems found so far, the taxonomy and ZIP table.</summary>
internal sealed record FieldReading(YamlFields Fields, YamlMappingNode Map, string Body, Taxonomy.Taxonomy Taxonomy, ZipTable Zips);
