using System.Collections.Frozen;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Lexicons;

/// <summary>
/// The lexicon names a scorer knows and the tags each accepts (<c>Data/lexicon-tags.tsv</c>), with the sense rules a
/// cue entry may name (<c>Hedges/Data/hedge-senses.tsv</c>). <see cref="LexiconSet.Build"/> checks every list against
/// it, so an unknown name, an unknown tag or a duplicate entry is an error when the scorer is built.
/// </summary>
internal static class LexiconSchema
{
    private const string CueTags = "@cue";

    private static readonly FrozenDictionary<string, FrozenSet<string>> Tags = EmbeddedData.Keyed(
        "lexicon-tags.tsv",
        static row => (row.Length > 1 ? row[1] : "-").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(static t => t != "-")
            .ToFrozenSet(StringComparer.Ordinal));

    private static readonly FrozenSet<string> HedgeKinds = FrozenSet.Create(
        StringComparer.Ordinal, "hedge", "doxastic", "investigation", "condition", "weasel", "attributionHedge", "booster");

    /// <summary>The sense rules a cue entry may name after its kind.</summary>
    public static FrozenSet<string> Senses { get; } = EmbeddedData.Words("hedge-senses.tsv").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every lexicon name a scorer accepts.</summary>
    public static IEnumerable<string> Names => Tags.Keys;

    /// <summary>True when <paramref name="name"/> is a lexicon the scorer knows.</summary>
    public static bool IsKnown(string name) => Tags.ContainsKey(name);

    /// <summary>Checks one lexicon's entries: a known name, accepted tags, no entry twice.</summary>
    /// <param name="name">The lexicon name.</param>
    /// <param name="entries">Its entries, embedded and added.</param>
    /// <exception cref="ArgumentException">The name is unknown, a tag is not accepted, or an entry is listed twice.</exception>
    public static void Check(string name, IEnumerable<LexiconEntry> entries)
    {
        if (!Tags.TryGetValue(name, out FrozenSet<string>? accepted))
        {
            throw new ArgumentException($"Unknown lexicon '{name}'; the lexicons are: {string.Join(", ", Tags.Keys.Order(StringComparer.Ordinal))}.", nameof(name));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (LexiconEntry e in entries)
        {
            if (e.Tag is { } tag && !Accepts(accepted, tag))
            {
                throw new ArgumentException($"Lexicon '{name}': the entry '{e.Text}' has the tag '{tag}', which this lexicon does not take (it takes: {Describe(accepted)}).", nameof(entries));
            }

            string key = string.Join(' ', Lexicon.Split(e.Text));
            if (key.Length > 0 && !seen.Add(key))
            {
                throw new ArgumentException($"Lexicon '{name}': the entry '{e.Text}' is listed twice.", nameof(entries));
            }
        }
    }

    private static bool Accepts(FrozenSet<string> accepted, string tag)
    {
        if (accepted.Contains(tag))
        {
            return true;
        }

        if (!accepted.Contains(CueTags))
        {
            return false;
        }

        int slash = tag.IndexOf('/', StringComparison.Ordinal);
        string kind = slash < 0 ? tag : tag[..slash];
        return HedgeKinds.Contains(kind) && (slash < 0 || Senses.Contains(tag[(slash + 1)..]));
    }

    private static string Describe(FrozenSet<string> accepted) =>
        accepted.Count == 0
            ? "no tags"
            : accepted.Contains(CueTags)
                ? "a hedge kind (" + string.Join(", ", HedgeKinds.Order(StringComparer.Ordinal)) + "), optionally /sense"
                : string.Join(", ", accepted.Order(StringComparer.Ordinal));
}
