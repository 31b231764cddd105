using System.Reflection;

namespace IopFinder.Core.Import;

/// <summary>
/// How SAMHSA National Directory service codes become listing facts: every code of both directories'
/// code references is a structured fact, a deliberate drop or implied, with its reason, in one table
/// (<c>Import/SamhsaCodeMap.tsv</c>, embedded; documented in README).
/// </summary>
public sealed class SamhsaCodeMap
{
    private const string ResourceName = "IopFinder.Core.SamhsaCodeMap.tsv";
    private static readonly Lazy<SamhsaCodeMap> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The code map resource {ResourceName} is missing from IopFinder.Core.");
        return Parse(new StreamReader(stream));
    });

    private readonly Dictionary<(string Directory, string Code), List<CodeRule>> _byCode;

    /// <summary>Creates a map from its rules.</summary>
    public SamhsaCodeMap(IReadOnlyList<CodeRule> rules)
    {
        Rules = rules;
        _byCode = rules.GroupBy(r => (r.Directory, r.Code)).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The map embedded in IopFinder.Core.</summary>
    public static SamhsaCodeMap Default => Embedded.Value;

    /// <summary>Every rule, in file order.</summary>
    public IReadOnlyList<CodeRule> Rules { get; }

    /// <summary>Each English phrase the import writes into <c>other_services</c>, with its Spanish wording.</summary>
    public IReadOnlyDictionary<string, string> SpanishPhrases => _spanish ??=
        Rules.Where(r => r.Action == CodeAction.Other).DistinctBy(r => r.Text).ToDictionary(r => r.Text, r => r.TextEs, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, string>? _spanish;

    /// <summary>Reads the tab-separated table (header row first: directory, code, action, field, term, text, text_es, reason).</summary>
    public static SamhsaCodeMap Parse(TextReader reader)
    {
        var rules = new List<CodeRule>();
        reader.ReadLine();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split('\t');
            if (cells.Length != 8 || !Enum.TryParse<CodeAction>(cells[2], ignoreCase: true, out var action))
            {
                throw new InvalidDataException($"SamhsaCodeMap.tsv:{line}: expected 8 tab-separated cells with a known action");
            }
            if (action == CodeAction.Other && string.IsNullOrWhiteSpace(cells[6]))
            {
                throw new InvalidDataException($"SamhsaCodeMap.tsv:{line}: an other row needs its Spanish wording (text_es)");
            }
            rules.Add(new CodeRule(cells[0], cells[1], action, cells[3], cells[4], cells[5], cells[6], cells[7]));
        }
        return new SamhsaCodeMap(rules);
    }

    /// <summary>The rules for a code of a directory; empty when the code is not in the map.</summary>
    public IEnumerable<CodeRule> For(SamhsaDirectory directory, string code) =>
        (_byCode.GetValueOrDefault(("both", code)) ?? []).Concat(_byCode.GetValueOrDefault((directory.Code, code)) ?? []);

    /// <summary>The facts a facility's codes state, before negatives and general statements are resolved.</summary>
    public FacilityFacts Collect(SamhsaDirectory directory, IEnumerable<string> codes)
    {
        var facts = new FacilityFacts();
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var rules = For(directory, code).ToList();
            if (rules.Count == 0) facts.Unmapped.Add(code);
            foreach (var rule in rules) facts.Add(rule);
        }
        return facts;
    }
}
