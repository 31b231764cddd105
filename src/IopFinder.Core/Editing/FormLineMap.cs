using IopFinder.Core.Common;

namespace IopFinder.Core.Editing;

/// <summary>
/// Which form key each line of a generated listing file came from, so a validator problem (reported
/// at a file line) is shown at the input that caused it. The one place that turns a
/// <see cref="Diagnostic"/> into a form key: when problems carry their YAML key, only this type changes.
/// </summary>
public sealed class FormLineMap
{
    private readonly List<string> _keys = [];

    /// <summary>Records that the next file line (the first is line 1) came from <paramref name="key"/>.</summary>
    internal void Add(string key) => _keys.Add(key);

    /// <summary>The form key of a 1-based file line; "" for the whole form.</summary>
    public string KeyAt(int line) => line >= 1 && line <= _keys.Count ? _keys[line - 1] : "";

    /// <summary>A validator problem at its form key.</summary>
    public FormProblem ToProblem(Diagnostic diagnostic) =>
        FormProblem.Of(diagnostic, KeyAt(diagnostic.Line));
}
