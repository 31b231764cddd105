namespace IopFinder.Core.Checklist;

/// <summary>
/// Something to ask a program at intake: about a need (a filter parameter, a quality criterion, or
/// <c>schedule</c>), optionally about particular terms. The web layer words it.
/// </summary>
/// <param name="Topic">The need or topic ("insurance", "schedule", "psychiatrist-on-staff").</param>
/// <param name="Terms">The terms to ask about; empty for the topic in general.</param>
public sealed record Question(string Topic, IReadOnlyList<string> Terms)
{
    /// <summary>True when the listing names some terms of the topic, so the question is one of confirming.</summary>
    public bool Confirm { get; init; }

    /// <summary>Equal when topic, terms and confirmation are equal.</summary>
    public bool Equals(Question? other) =>
        other is not null && Topic == other.Topic && Confirm == other.Confirm && Terms.SequenceEqual(other.Terms);

    /// <summary>Hash of the topic and terms.</summary>
    public override int GetHashCode() => HashCode.Combine(Topic, Confirm, string.Join(',', Terms));
}
