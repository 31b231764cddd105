namespace IopFinder.Core.Search;

/// <summary>The listings one search word was found in, in one field, and what finding it there is worth.</summary>
/// <param name="Field">The field's position among the fields text search reads (below <see cref="Fields"/>).</param>
/// <param name="Docs">The listings, as a bit set over listing positions.</param>
/// <param name="Weight">Field weight × how rare the term is (× less for a corrected word).</param>
internal readonly record struct WordHit(int Field, ulong[] Docs, float Weight)
{
    /// <summary>How many fields text search reads.</summary>
    public const int Fields = 5;
}
