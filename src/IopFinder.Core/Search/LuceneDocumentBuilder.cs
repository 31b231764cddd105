using System.Text.RegularExpressions;
using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;
using Lucene.Net.Documents;

namespace IopFinder.Core.Search;

/// <summary>Turns a listing into the Lucene document that full-text search matches against.</summary>
internal static partial class LuceneDocumentBuilder
{
    /// <summary>
    /// A label's "(not Medicaid)" or "(sin seguro)" says what the term is not: indexed, it would make
    /// "medicaid" find state health plans as surely as Medicaid itself.
    /// </summary>
    [GeneratedRegex(@"\s*\((?:not|no|sin)\s[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    private static string Indexed(string label) => Negation().Replace(label, "");

    /// <summary>
    /// Words only: which listings have a term is all text search reads (as bit sets), so neither
    /// frequencies, positions nor length norms are kept; that halves the index and its build.
    /// </summary>
    private static readonly FieldType Words = WordsOnly();

    private static FieldType WordsOnly()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY, OmitNorms = true };
        type.Freeze();
        return type;
    }

    public static Document Build(Listing listing, Taxonomy.Taxonomy taxonomy)
    {
        var termText = string.Join(" . ", TermTexts(listing, taxonomy));
        var place = string.Join(" . ", listing.Locations.Select(l => $"{l.City} {l.State}"));
        // The import's own service phrases are also found by their Spanish words ("vivienda").
        var spanish = Import.SamhsaCodeMap.Default.SpanishPhrases;
        var services = listing.OtherServices.Concat(listing.OtherServices.Select(s => spanish.GetValueOrDefault(s)).OfType<string>());
        var all = string.Join(" . ", listing.Name, listing.Organization, termText, place, string.Join(" . ", services), listing.Body);
        return
        [
            // Indexed to replace or delete the listing's document; as doc values to find its position in a catalog version.
            new StringField(IndexFields.Id, listing.Id, Field.Store.NO),
            new BinaryDocValuesField(IndexFields.Id, new Lucene.Net.Util.BytesRef(listing.Id)),
            new Field(IndexFields.Name, listing.Name, Words),
            new Field(IndexFields.Labels, string.Join(" . ", Labels(listing, taxonomy)), Words),
            new Field(IndexFields.Terms, termText, Words),
            new Field(IndexFields.All, all, Words),
            new Field(IndexFields.Raw, all, Words),
        ];
    }

    /// <summary>
    /// A word in the label of a term the listing names says more than the same word among synonyms
    /// of another ("suboxone" labels buprenorphine, and is only a synonym of "accepts patients on medication").
    /// </summary>
    private static IEnumerable<string> Labels(Listing listing, Taxonomy.Taxonomy taxonomy)
    {
        foreach (var filter in Filters.TermFilters.Where(f => f.Vocabulary is not null))
        {
            var vocabulary = taxonomy[filter.Vocabulary!];
            foreach (var id in filter.Read!(listing))
            {
                if (vocabulary.Find(id) is not { } term) continue;
                yield return Indexed(term.Label);
                if (term.LabelEs is { } labelEs) yield return Indexed(labelEs);
            }
        }
    }

    private static IEnumerable<string> TermTexts(Listing listing, Taxonomy.Taxonomy taxonomy)
    {
        foreach (var filter in Filters.TermFilters.Where(f => f.Vocabulary is not null))
        {
            var vocabulary = taxonomy[filter.Vocabulary!];
            // A listing is found by its terms and by every broader term above them ("addiction" finds opioid-use programs).
            foreach (var id in filter.Read!(listing).SelectMany(id => vocabulary.Ancestors(id).Prepend(id)).Distinct())
            {
                if (vocabulary.Find(id) is not { } term) continue;
                yield return term.Id.Replace('-', ' ');
                yield return Indexed(term.Label);
                foreach (var synonym in term.Synonyms) yield return synonym;
                if (term.LabelEs is { } labelEs) yield return Indexed(labelEs);
                foreach (var synonym in term.SynonymsEs) yield return synonym;
            }
        }
    }
}
