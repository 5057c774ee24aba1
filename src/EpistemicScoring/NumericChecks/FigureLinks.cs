using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>How firmly a figure points back to one stated before (<see cref="FigureLinks.BackReferenceOf"/>).</summary>
internal enum BackReference
{
    /// <summary>Not a back-reference.</summary>
    None,

    /// <summary>"the N" before a verb or punctuation: linked only to an earlier figure of the same counted noun.</summary>
    Weak,

    /// <summary>"that N", "these N", "among the N": linked to the nearest compatible earlier figure.</summary>
    Strong,
}

/// <summary>
/// What ties two figures to one quantity: a back-reference ("that $3 billion"), the same counted phrase, shared context words; and what keeps them apart (ranges, precise different values, other heads).
/// </summary>
internal static class FigureLinks
{
    /// <summary>Determiners that point back to a figure already stated: "that $3 billion", "these 29".</summary>
    public static readonly string[] Demonstratives = ["that", "this", "those", "these"];

    /// <summary>Words after "the N" that make it a back-reference ("the $3 billion is", "the 4,000 figure").</summary>
    public static readonly string[] BackReferenceFollowers =
        ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "figure", "amount", "number", "sum", "total", "estimate", "tally"];

    /// <summary>
    /// How firmly a figure points back to one stated before. <see cref="BackReference.Strong"/>: a demonstrative
    /// ("that $3 billion", "these 29 facilities") or "among the N"; <see cref="BackReference.Weak"/>: "the N" followed
    /// by a verb, a word such as "figure", or punctuation. Never: "of the N" (the whole of a partitive, "15 of the 19
    /// hijackers"), a hyphenated modifier ("the 99-county goal"), a fixed phrase ("by the dozen").
    /// </summary>
    public static BackReference BackReferenceOf(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        int k = m.LastToken + 1;
        if (doc.Is(k, "-") || m.Text.Contains('-', StringComparison.Ordinal))
        {
            return BackReference.None;
        }

        bool endsClause = k >= doc.TokenCount || doc[k].Kind == TokenKind.Punctuation || IsFollower(doc, k);
        if (doc.Is(f - 1, "these") || doc.Is(f - 1, "those") || doc.Is(f - 1, "this"))
        {
            return BackReference.Strong;
        }

        if (doc.Is(f - 1, "that"))
        {
            // "That $3 billion is", "of that $3 billion", "that 4,000 figure": a demonstrative. "showed that 54 percent
            // of voters", "found that 2,115 contained", "given that 36 years have passed": a conjunction opening a
            // clause, which points back to nothing. A demonstrative "that" takes an amount (money, a share) or a
            // singular noun such as "figure", never a plural count.
            bool amount = m.Kind is NumberKind.Money or NumberKind.Percent or NumberKind.PercentagePoints || IsAmountNoun(doc, k);
            int p = f - 2;
            bool opensSentence = p < 0 || doc.SentenceOf(p) != doc.SentenceOf(f - 1) || doc[p].Kind == TokenKind.Punctuation;
            bool verbAfter = k < doc.TokenCount && IsFollower(doc, k) && !IsAmountNoun(doc, k);
            return amount && (opensSentence || doc.IsIn(p, Prepositions) || verbAfter || IsAmountNoun(doc, k)) ? BackReference.Strong : BackReference.None;
        }

        if (!doc.Is(f - 1, "the") || doc.Is(f - 2, "of") || doc.Is(f - 2, "by"))
        {
            return BackReference.None;
        }

        if (endsClause)
        {
            // "among the 4,000," names a group counted before; "among the 578 likely voters" names a new subgroup.
            return doc.Is(f - 2, "among") ? BackReference.Strong
                : m.Kind != NumberKind.Count || m.Subject is null ? BackReference.Weak : BackReference.None;
        }

        return BackReference.None;
    }

    private static bool IsAmountNoun(TextDocument doc, int k) =>
        doc.Is(k, "figure") || doc.Is(k, "amount") || doc.Is(k, "number") || doc.Is(k, "sum") || doc.Is(k, "total") || doc.Is(k, "estimate") || doc.Is(k, "tally");

    private static bool IsFollower(TextDocument doc, int k)
    {
        foreach (string w in BackReferenceFollowers)
        {
            if (doc.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prepositions after which "that" is a demonstrative ("of that $3 billion").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Prepositions = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "of", "with", "for", "from", "to", "on", "in", "at", "by", "about", "beyond", "than", "like", "among", "including", "all", "and", "but", "over", "under", "into", "besides");

    /// <summary>
    /// True when <paramref name="a"/> may be the quantity <paramref name="b"/> names again: both above 1, within a factor
    /// of four, and, for counts, no two different counted nouns ("two exceptions" is not "48 states").
    /// </summary>
    public static bool Compatible(FigureInfo a, FigureInfo b)
    {
        if (a.M.Value <= 1 || b.M.Value <= 1 || Math.Max(a.M.Value, b.M.Value) > 4 * Math.Min(a.M.Value, b.M.Value))
        {
            return false;
        }

        return a.M.Kind != NumberKind.Count || a.Head is null || b.Head is null || a.Head == b.Head || (IsPeople(a.Head) && IsPeople(b.Head));
    }

    public static int NumeralStart(NumberMention m) => m.FirstToken;

    /// <summary>Three or more significant digits, the last not a zero: "$712,500", "$711,000", not "$350 billion".</summary>
    public static bool IsPrecise(NumberMention m)
    {
        double digits = Math.Round(m.Value / Math.Max(m.Step, 1e-9));
        return m.Step < m.Value / 100 && digits % 10 != 0;
    }

    public static readonly System.Collections.Frozen.FrozenSet<string> ApproximatorWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [.. NumberLexicon.Approximators.SelectMany(static a => a.Words), "only", "just", "another", "between", "from", "ages", "aged"]);

    public static bool InRange(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        int l = m.LastToken;
        bool Joiner(int t) => doc.Is(t, "to") || doc.Is(t, "and") || doc.Is(t, "-") || doc.Is(t, "\u2014") || doc.Is(t, "or");
        bool NumberAt(int t) => t >= 0 && t < doc.TokenCount && (doc[t].Kind == TokenKind.Number || NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(t)) || doc.Is(t, "$"));
        return doc.Is(f - 1, "between") || doc.Is(f - 2, "between") || (Joiner(l + 1) && NumberAt(l + 2)) || (Joiner(f - 1) && NumberAt(f - 2));
    }

    /// <summary>Nouns that count people (<c>NumericChecks/Data/numericchecks-people-nouns.txt</c>).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PeopleNouns = Internal.EmbeddedData.Words("numericchecks-people-nouns.txt");

    public static bool IsPeople(string head) => PeopleNouns.Contains(head);

}
