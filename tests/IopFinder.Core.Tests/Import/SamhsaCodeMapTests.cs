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
                case CodeAction.Serves:
                    var served = rule.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Assert.NotEmpty(served);
                    Assert.All(served, id => Assert.True(TestCatalog.Taxonomy[rule.Field].Contains(id), $"{rule.Code}: '{id}' is not a term of '{rule.Field}'"));
                    break;
                case CodeAction.Other:
                    Assert.False(string.IsNullOrWhiteSpace(rule.Text), $"{rule.Code}: an other_services line needs its text");
                    break;
            }
            if (rule.Action is CodeAction.Drop or CodeAction.Implied or CodeAction.Not or CodeAction.Serves) Assert.False(string.IsNullOrWhiteSpace(rule.Reason), $"{rule.Code}: needs a reason");
        }
    }

    [Fact]
    public void EveryOtherServicesLine_HasOneSpanishWording_AddressingTheReaderAsUsted()
    {
        var other = SamhsaCodeMap.Default.Rules.Where(r => r.Action == CodeAction.Other).ToList();
        Assert.NotEmpty(other);
        Assert.All(other, rule => Assert.False(string.IsNullOrWhiteSpace(rule.TextEs), $"{rule.Code}: '{rule.Text}' needs its Spanish (text_es)"));
        // One phrase, one Spanish wording: pages put the Spanish in place of the English line.
        Assert.All(other.GroupBy(r => r.Text), phrase => Assert.Single(phrase.Select(r => r.TextEs).Distinct()));
        Assert.All(other, rule => Assert.NotEqual(rule.Text, rule.TextEs));
        var informal = new[] { "tú", "tu", "te", "ti", "contigo" };
        Assert.All(other, rule => Assert.DoesNotContain(rule.TextEs.Split(' ', '(', ')', ',').Select(w => w.ToLowerInvariant()), informal.Contains));
    }

    [Fact]
    public void Parse_RejectsAnOtherRowWithoutItsSpanish_NamingTheLine()
    {
        const string header = "directory\tcode\taction\tfield\tterm\ttext\ttext_es\treason\n";
        var good = SamhsaCodeMap.Parse(new StringReader(header + "both\tHS\tother\t\t\tHelp finding housing\tAyuda para encontrar vivienda\t\n"));
        Assert.Equal("Ayuda para encontrar vivienda", Assert.Single(good.Rules).TextEs);
        var error = Assert.Throws<InvalidDataException>(() => SamhsaCodeMap.Parse(new StringReader(header + "both\tCBT\tterm\tmodalities\tcbt\t\t\t\nboth\tHS\tother\t\t\tHelp finding housing\t \t\n")));
        Assert.StartsWith("SamhsaCodeMap.tsv:3:", error.Message);
        Assert.Contains("text_es", error.Message);
    }

    /// <summary>Only the codes of SAMHSA's "age groups accepted" say which ages a facility takes.</summary>
    [Fact]
    public void Ages_ComeOnlyFromTheAgeCodes()
    {
        var ageCodes = new[] { "CHLD", "YAD", "ADLT", "SNR" };
        var adding = SamhsaCodeMap.Default.Rules.Where(r => r.Field == "ages" && r.Action is CodeAction.Term or CodeAction.General).Select(r => r.Code).Distinct();
        Assert.All(adding, code => Assert.Contains(code, ageCodes));
        // Special programs stay populations, and never add an age.
        var programs = SamhsaCodeMap.Default.Collect(SamhsaDirectory.SubstanceUse, ["SA", "OIT", "AD", "TAY", "SE"]);
        Assert.Empty(programs.Terms("ages"));
        Assert.Equal(["adolescents", "young-adults", "seniors"], programs.Terms("populations"));
    }

    /// <summary>Age codes a facility's special programs contradict: the listing says no ages rather than pick a side.</summary>
    [Theory]
    [InlineData("su", "CHLD SE", "")]
    [InlineData("su", "CHLD WN MN", "")]
    [InlineData("su", "CHLD PW", "children adolescents")]
    [InlineData("su", "CHLD DU", "")]
    [InlineData("su", "YAD ADLT AD", "")]
    [InlineData("mh", "ADLT SNR SED", "")]
    [InlineData("mh", "CHLD SMI", "")]
    [InlineData("su", "CHLD AD TAY CJ", "children adolescents")]
    [InlineData("su", "YAD ADLT SE WN PW", "young-adults adults")]
    [InlineData("su", "CHLD YAD AD MN", "children adolescents young-adults")]
    [InlineData("mh", "CHLD YAD SED SMI", "children adolescents young-adults")]
    [InlineData("su", "SE WN", "")]
    public void Ages_ContradictedBySpecialPrograms_AreNotSaid(string directory, string codes, string ages)
    {
        var facts = SamhsaCodeMap.Default.Collect(SamhsaDirectory.All.Single(d => d.Code == directory), codes.Split(' '));
        Assert.Equal(ages.Split(' ', StringSplitOptions.RemoveEmptyEntries), facts.Terms("ages"));
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
