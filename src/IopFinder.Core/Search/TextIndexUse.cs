namespace IopFinder.Core.Search;

/// <summary>
/// What the text index holds now, for whoever runs the site: a leak of readers shows as readers and
/// files that grow with every reload instead of staying flat.
/// </summary>
/// <param name="LeasedReaders">Catalog versions holding a Lucene reader: the current one, and older ones only while a search still reads them.</param>
/// <param name="Files">Index files in the in-memory directory (a reader keeps the files it reads alive).</param>
/// <param name="Bytes">Bytes those files take.</param>
public sealed record TextIndexUse(int LeasedReaders, int Files, long Bytes);
