using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Hedges;

/// <summary>
/// The cue lexicons (<c>hedges</c>, <c>doxastic-cues</c>, <c>condition-cues</c>, <c>weasels</c>, <c>boosters</c>)
/// merged into one word trie (<see cref="PhraseTrie"/>) per <see cref="LexiconSet"/>, so that the hedge pass does one
/// frozen look-up per token (and one more per further word of a phrase).
/// Each entry's tag is <c>kind</c> or <c>kind/sense</c>; user entries added to any of these lists take part.
/// </summary>
internal static class CueLexicon
{
    /// <summary>The lexicon names that hold cues, in the order their entries are merged (a later list wins a tie).</summary>
    public static readonly string[] Names = ["hedges", "doxastic-cues", "condition-cues", "weasels", "boosters"];

    /// <summary>The merged cue lexicon of <paramref name="set"/> (the hedge stage builds it once per scorer).</summary>
    public static PhraseTrie Build(LexiconSet set)
    {
        var entries = new List<LexiconEntry>();
        foreach (string name in Names)
        {
            foreach (LexiconEntry e in set[name].Entries)
            {
                entries.Add(e.Tag is null ? e with { Tag = DefaultKind(name) } : e);
            }
        }

        return PhraseTrie.Build(entries);
    }

    /// <summary>Splits an entry's tag into its kind and optional sense rule name.</summary>
    public static (HedgeKind Kind, string? Sense) Parse(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return (HedgeKind.Hedge, null);
        }

        int slash = tag.IndexOf('/', StringComparison.Ordinal);
        ReadOnlySpan<char> kind = slash < 0 ? tag : tag.AsSpan(0, slash);
        string? sense = slash < 0 ? null : tag[(slash + 1)..];
        return (Enum.TryParse(kind, ignoreCase: true, out HedgeKind k) ? k : HedgeKind.Hedge, sense);
    }

    private static string DefaultKind(string lexicon) => lexicon switch
    {
        "doxastic-cues" => "doxastic",
        "condition-cues" => "condition",
        "weasels" => "weasel",
        "boosters" => "booster",
        _ => "hedge",
    };
}
