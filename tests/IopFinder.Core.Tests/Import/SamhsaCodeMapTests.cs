using IopFinder.Core.Import;
using IopFinder.Core.Tests.Support;
using nietras.SeparatedValues;

namespace IopFinder.Core.Tests.Import;

/// <summary>The code map decides every code of both code references, with terms the taxonomy has and reasons for what it leaves out.</summary>
public class SamhsaCodeMapTests
{
    public static TheoryData<string, string> EveryCode()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, directory) in Repo.SamhsaCodeReferences.Zip(["su", "mh"]))
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromFile(file);
            foreach (var row in reader) data.Add(directory, row["service_code"].ToString().Trim());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void EveryCodeOfBothReferences_IsDecided(string directory, string code)
    {
        var rules = SamhsaCodeMap.Default.For(SamhsaDirectory.All.Single(d => d.Code == directory), code).ToList();
        Assert.NotEmpty(rules);
    }

    [Fact]
    public void EveryRule_NamesATermTheTaxonomyHas_OrSaysWhy()
    {
        foreach (var rule in SamhsaCodeMap.Default.Rules)
        {
            switch (rule.Action)
            {
                case CodeAction.Term or CodeAction.Not or CodeAction.General:
                    Assert.True(TestCatalog.Taxonomy[rule.Field].Contains(rule.Term), $"{rule.Code}: '{rule.Term}' is not a term of '{rule.Field}'");
                    break;
                case CodeAction.Other:
                    Assert.False(string.IsNullOrWhiteSpace(rule.Text), $"{rule.Code}: an other_services line needs its text");
                    break;
            }
            if (rule.Action is CodeAction.Drop or CodeAction.Implied or CodeAction.Not) Assert.False(string.IsNullOrWhiteSpace(rule.Reason), $"{rule.Code}: needs a reason");
        }
    }

    [Fact]
    public void Collect_AppliesNegativesAndGeneralStatements()
    {
        var facts = SamhsaCodeMap.Default.Collect(SamhsaDirectory.SubstanceUse, ["SA", "OIT", "NOOP", "NAUT"]);
        // Neither opioid nor alcohol use: the directory's general statement stands alone.
        Assert.Equal(["substance-use"], facts.Terms("conditions"));
        Assert.Equal(["opioid-use", "alcohol-use"], SamhsaCodeMap.Default.Collect(SamhsaDirectory.SubstanceUse, ["SA", "OIT"]).Terms("conditions"));
    }
}
