using IopFinder.Core.Listings;

namespace IopFinder.Core.Editing;

/// <summary>
/// Checkboxes post a term list in the taxonomy's order, while a file keeps the order it was written in.
/// An edited listing keeps the opened file's order (terms added go last), so a save that leaves a list as it
/// was does not report it changed, rewrite it, or send <c>levels_of_care</c> or <c>accreditation</c> to review.
/// </summary>
internal static class TermOrder
{
    public static Listing KeptFrom(Listing edited, Listing opened)
    {
        var terms = edited.Terms;
        foreach (var list in edited.Terms) terms = terms.With(list.Vocabulary, Ordered(list.Ids, opened.Terms[list.Vocabulary]));
        return edited with { Terms = terms, VirtualStates = Ordered(edited.VirtualStates, opened.VirtualStates) };
    }

    private static IReadOnlyList<string> Ordered(IReadOnlyList<string> ids, IReadOnlyList<string> before) =>
        [.. before.Where(ids.Contains), .. ids.Where(id => !before.Contains(id))];
}
