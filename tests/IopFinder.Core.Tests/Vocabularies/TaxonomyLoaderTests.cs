using System.Text.RegularExpressions;
using IopFinder.Core.Taxonomy;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Vocabularies;

public partial class TaxonomyLoaderTests
{
    public static TheoryData<string, string> SpecDefaults()
    {
        var data = new TheoryData<string, string>();
        void Add(string vocabulary, string ids) { foreach (var id in ids.Split(", ")) data.Add(vocabulary, id); }
        Add("conditions", "depression, anxiety, panic, bipolar, ptsd, ocd, eating-disorders, substance-use, co-occurring, psychosis, borderline-personality, self-harm, grief, adhd");
        Add("modalities", "cbt, dbt, act, behavioral-activation, exposure, emdr, cpt, prolonged-exposure, trauma-informed, mindfulness, psychodynamic, mentalization, family-therapy, group-therapy, individual-therapy, medication-management, psychoeducation, relapse-prevention, motivational-interviewing, art-therapy, tms, ect, ketamine");
        Add("ages", "children, adolescents, young-adults, adults, older-adults");
        Add("insurance", "medicaid, medicare, tricare, va, bcbs, aetna, cigna, unitedhealthcare, humana, kaiser, private, self-pay, sliding-scale");
        Add("accreditation", "joint-commission, carf, ncqa, coa");
        Add("features", "psychiatrist-on-staff, outcome-tracking, family-involvement, crisis-plan, aftercare-planning, peer-support, lgbtq-affirming, veterans, wheelchair-accessible, sign-language");
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecDefaults))]
    public void BundledTaxonomy_HasEverySpecDefaultWithLabelAndDescription(string vocabulary, string id)
    {
        var term = TestCatalog.Taxonomy[vocabulary].Find(id);
        Assert.NotNull(term);
        Assert.False(string.IsNullOrWhiteSpace(term.Label));
        Assert.True(term.Description.Length > 15, $"{vocabulary}/{id} needs a real plain-language description");
    }

    [Theory]
    [InlineData("ptsd", "post-traumatic stress disorder")]
    [InlineData("dbt", "dialectical behavior therapy")]
    public void BundledTaxonomy_HasSynonymsSearchUses(string id, string synonym)
    {
        var term = TestCatalog.Taxonomy.Vocabularies.SelectMany(v => v.Terms).First(t => t.Id == id);
        Assert.Contains(synonym, term.Synonyms);
    }

    [Theory]
    [InlineData("conditions:\n  - id: depression\n    label: Depression\n", "vocabulary 'modalities' is missing")]
    [InlineData("conditions:\n  - id: Bad Id\n    label: X\n    description: Y\n", "needs an 'id' of lowercase letters")]
    [InlineData("conditions:\n  - id: a\n    label: A\n", "term 'a' needs a one-line 'description'")]
    [InlineData("conditions:\n  - id: a\n    label: A\n    description: D\n  - id: a\n    label: A\n    description: D\n", "'a' appears twice in 'conditions'")]
    [InlineData("colours:\n  - id: a\n", "unknown field 'colours'")]
    [InlineData("conditions:\n  - id: a\n    label: A\n    description: D\n", "term 'a' needs 'label_es', its label in Spanish")]
    [InlineData("conditions:\n  - id: a\n    label: A\n    description: D\n    label_es: A\n", "term 'a' needs 'description_es', its description in Spanish")]
    [InlineData("conditions:\n  - id: a\n    label: A\n    description: D\n    label_es: \"  \"\n    description_es: D\n", "term 'a' needs 'label_es'")]
    [InlineData("conditions:\n  - id: a\n    label: A\n    description: D\n    label_es: A\n    description_es: D\n    proper_name: maybe\n", "'proper_name' must be true or false")]
    public void Parse_ReportsTaxonomyProblems(string yaml, string message)
    {
        var (taxonomy, problems) = TaxonomyLoader.Parse("taxonomy.yml", yaml);
        Assert.Null(taxonomy);
        Assert.Contains(problems, p => p.Message.Contains(message));
    }

    [Theory]
    [InlineData("conditions", "anxiety", "label_es")]
    [InlineData("conditions", "anxiety", "description_es")]
    [InlineData("modalities", "dbt", "label_es")]
    [InlineData("languages", "es", "label_es")]
    [InlineData("populations", "dementia", "description_es")]
    public void Parse_TermWithoutSpanish_ReportedAtTheTermsLine(string vocabulary, string id, string field)
    {
        var (text, line) = TaxonomyText.Without(vocabulary, id, field);
        var (taxonomy, problems) = TaxonomyLoader.Parse("content/taxonomy.yml", text);
        Assert.Null(taxonomy);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"content/taxonomy.yml:{line}: term '{id}' needs '{field}'", problem.ToString());
    }

    [Theory]
    [InlineData("insurance", "medicaid", true)]
    [InlineData("accreditation", "joint-commission", true)]
    [InlineData("insurance", "self-pay", false)]
    [InlineData("conditions", "depression", false)]
    public void BundledTaxonomy_MarksNamesThatKeepTheirCapital(string vocabulary, string id, bool properName) =>
        Assert.Equal(properName, TestCatalog.Taxonomy[vocabulary].Find(id)!.ProperName);

    [Fact]
    public void Parse_TermWithoutSpanishSynonyms_Loads()
    {
        var (text, _) = TaxonomyText.Without("conditions", "anxiety", "synonyms_es");
        var (taxonomy, problems) = TaxonomyLoader.Parse("taxonomy.yml", text);
        Assert.Empty(problems);
        Assert.Empty(taxonomy!["conditions"].Find("anxiety")!.SynonymsEs);
    }

    public static TheoryData<string, string> EveryTerm()
    {
        var data = new TheoryData<string, string>();
        foreach (var vocabulary in TestCatalog.Taxonomy.Vocabularies)
        {
            foreach (var term in vocabulary.Terms) data.Add(vocabulary.Name, term.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTerm))]
    public void BundledTaxonomy_EveryTermHasASpanishLabelAndDescription(string vocabulary, string id)
    {
        var term = TestCatalog.Taxonomy[vocabulary].Find(id)!;
        Assert.False(string.IsNullOrWhiteSpace(term.LabelEs), $"{vocabulary}/{id} has no Spanish label");
        Assert.True(term.DescriptionEs is { Length: > 15 }, $"{vocabulary}/{id} needs a real Spanish description");
        Assert.NotEqual(term.Description, term.DescriptionEs);
    }

    /// <summary>The glossary's register: the reader is "usted", never "tú".</summary>
    [Theory]
    [MemberData(nameof(EveryTerm))]
    public void BundledTaxonomy_SpanishAddressesTheReaderAsUsted(string vocabulary, string id)
    {
        var term = TestCatalog.Taxonomy[vocabulary].Find(id)!;
        Assert.Empty(FamiliarYou().Matches($"{term.LabelEs} {term.DescriptionEs}"));
    }

    /// <summary>The glossary's one word per concept, in what pages show (synonyms may hold the other words people type).</summary>
    [Theory]
    [InlineData("medicina", "medicamento")]
    [InlineData("aseguranza", "seguro médico")]
    [InlineData("doctor", "médico")]
    [InlineData("conducir", "manejar")]
    [InlineData("coche", "carro")]
    [InlineData("terapista", "terapeuta")]
    [InlineData("condición", "problema de salud")]
    [InlineData("sustancias", "alcohol o drogas")]
    [InlineData("escala móvil", "precio según sus ingresos")]
    [InlineData("ancianos", "adultos mayores")]
    public void BundledTaxonomy_SpanishUsesTheGlossaryWord(string avoided, string glossaryWord)
    {
        var uses = TestCatalog.Taxonomy.Vocabularies.SelectMany(v => v.Terms)
            .Where(t => Regex.IsMatch($"{t.LabelEs} {t.DescriptionEs}", $@"\b{avoided}", RegexOptions.IgnoreCase))
            .Select(t => t.Id).ToList();
        Assert.True(uses.Count == 0, $"write '{glossaryWord}', not '{avoided}': {string.Join(", ", uses)}");
    }

    /// <summary>
    /// A medicine's name (the words of its label, generic and brand, English or Spanish, and its one-word
    /// synonyms: suboxone, vivitrol, MAT...) names medications only, and a brand only its own medicine:
    /// search finds the programs that list it, never those with a feature that mentions it ("on suboxone"
    /// found 5,212 programs for 2,968 listing buprenorphine).
    /// </summary>
    [Fact]
    public void BundledTaxonomy_MedicineNames_NameTheirMedicationOnly()
    {
        var medications = TestCatalog.Taxonomy["medications"].Terms;
        var owners = medications
            .SelectMany(t => t.Synonyms.Concat(t.SynonymsEs).Select(Plain).Where(s => !s.Contains(' ')).Concat(Words($"{t.Label} {t.LabelEs}")).Select(w => (w, t.Id)))
            .GroupBy(p => p.w, p => p.Id).ToDictionary(g => g.Key, g => g.ToHashSet());
        Assert.Contains("buprenorphine", owners["suboxone"]);
        foreach (var vocabulary in TestCatalog.Taxonomy.Vocabularies)
        {
            foreach (var term in vocabulary.Terms)
            {
                var words = Words(string.Join(' ', [term.Id, term.Label, term.LabelEs, .. term.Synonyms, .. term.SynonymsEs]));
                var wrong = words.Distinct().Where(w => owners.TryGetValue(w, out var ids) && (vocabulary.Name != "medications" || !ids.Contains(term.Id))).ToList();
                Assert.True(wrong.Count == 0, $"{vocabulary.Name}/{term.Id} names {string.Join(", ", wrong)}");
            }
        }
    }

    /// <summary>SAMHSA records naloxone only as overdose training (an imported service line): no term claims the word.</summary>
    [Fact]
    public void BundledTaxonomy_Naloxone_IsNoTermsWord()
    {
        var claiming = TestCatalog.Taxonomy.Vocabularies.SelectMany(v => v.Terms)
            .Where(t => Words(string.Join(' ', [t.Label, t.LabelEs, .. t.Synonyms, .. t.SynonymsEs])).Any(w => w is "naloxone" or "naloxona" or "narcan"))
            .Select(t => t.Id).ToList();
        Assert.Empty(claiming);
    }

    private static string Plain(string text) => string.Join(' ', Words(text));

    private static IEnumerable<string> Words(string text) =>
        Letters().Matches(IopFinder.Core.Search.Accents.Fold(text).ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\b(tú|tu|tus|te|ti|contigo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FamiliarYou();
}
