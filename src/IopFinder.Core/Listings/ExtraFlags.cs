namespace IopFinder.Core.Listings;

/// <summary>
/// The yes/no answers of fields registered beyond the built-in ones ("accepts walk-ins"), keyed by field key.
/// A key the listing leaves out doesn't say. Equal when they hold the same answers, in any order, so a
/// listing read back from a snapshot equals the original.
/// </summary>
public sealed class ExtraFlags : IEquatable<ExtraFlags>
{
    // Ordered by key so equal sets enumerate (and are written) alike.
    private readonly SortedDictionary<string, bool> _answers;

    private ExtraFlags(SortedDictionary<string, bool> answers) => _answers = answers;

    /// <summary>No answers: what a listing without extra fields has.</summary>
    public static ExtraFlags Empty { get; } = new(new SortedDictionary<string, bool>(StringComparer.Ordinal));

    /// <summary>The answers, ordered by key.</summary>
    public IEnumerable<KeyValuePair<string, bool>> Answers => _answers;

    /// <summary>How many fields the listing answers.</summary>
    public int Count => _answers.Count;

    /// <summary>What the listing says for this field: yes, no, or null when it doesn't say.</summary>
    public bool? Says(string key) => _answers.TryGetValue(key, out var answer) ? answer : null;

    /// <summary>These answers with one more (or one changed).</summary>
    public ExtraFlags With(string key, bool answer) =>
        new(new SortedDictionary<string, bool>(_answers, StringComparer.Ordinal) { [key] = answer });

    /// <inheritdoc/>
    public bool Equals(ExtraFlags? other) => other is not null && other._answers.Count == _answers.Count && _answers.SequenceEqual(other._answers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExtraFlags);

    /// <inheritdoc/>
    public override int GetHashCode() => _answers.Aggregate(_answers.Count, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));
}
