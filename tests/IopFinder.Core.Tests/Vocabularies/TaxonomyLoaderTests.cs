using IopFinder.Core.Taxonomy;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Vocabularies;

public class TaxonomyLoaderTests
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
    public void Parse_ReportsTaxonomyProblems(string yaml, string message)
    {
        var (taxonomy, problems) = TaxonomyLoader.Parse("taxonomy.yml", yaml);
        Assert.Null(taxonomy);
        Assert.Contains(problems, p => p.Message.Contains(message));
    }
}
