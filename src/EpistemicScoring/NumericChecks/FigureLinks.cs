using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// What ties two figures to one quantity: a back-reference ("that $3 billion"), the same counted phrase, shared context words; and what keeps them apart (ranges, precise different values, other heads).
/// </summary>
internal static class FigureLinks
{
    public static readonly string[] BackReferenceDeterminers = ["the", "that", "this", "those", "these"];

    public static readonly string[] BackReferenceFollowers =
        ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "figure", "amount", "number", "sum", "total", "mark", "estimate", "tally"];

    public static bool IsBackReference(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        bool det = false;
        foreach (string d in BackReferenceDeterminers)
        {
            if (doc.Is(f - 1, d))
            {
                det = true;
                break;
            }
        }

        if (!det)
        {
            return false;
        }

        int k = m.LastToken + 1;
        if (k >= doc.TokenCount || doc[k].Kind == TokenKind.Punctuation)
        {
            return m.Kind != NumberKind.Count || m.Subject is null;
        }

        foreach (string w in BackReferenceFollowers)
        {
            if (doc.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    public static bool SameQuantity(TextDocument doc, FigureInfo a, FigureInfo b, out string why)
    {
        why = "restates";
        if (b.Sentence == a.Sentence && Math.Abs(b.M.FirstToken - a.M.LastToken) < 6)
        {
            // Figures side by side are ranges, pairs and tallies, not restatements.
            return false;
        }

        if (b.Paragraph - a.Paragraph > 12 || b.Sentence - a.Sentence > 40)
        {
            return false;
        }

        double ratio = Math.Max(a.M.Value, b.M.Value) / Math.Max(1e-9, Math.Min(a.M.Value, b.M.Value));
        if (ratio > 4 || a.M.Value <= 1 || b.M.Value <= 1)
        {
            return false;
        }

        // Two precise, different figures ("$712,500" and "$711,000") are two quantities, not one restated.
        if (a.M.Value != b.M.Value && IsPrecise(a.M) && IsPrecise(b.M) && a.M.Bound == NumberBound.None && b.M.Bound == NumberBound.None)
        {
            return false;
        }

        if (a.M.Kind == NumberKind.Count && a.Head is not null && b.Head is not null && a.Head != b.Head && !(IsPeople(a.Head) && IsPeople(b.Head)))
        {
            return false;
        }

        // A partitive ("12 of the facilities") names a subset, not the whole stated again.
        if (doc.Is(a.M.LastToken + 1, "of") != doc.Is(b.M.LastToken + 1, "of"))
        {
            return false;
        }

        // The same counted phrase of two or more words: "four different schools".
        if (a.M.Subject is not null && a.M.Subject == b.M.Subject && a.M.Subject.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // Restatements live in different sentences; figures side by side in one sentence are different quantities.
        if (a.Sentence == b.Sentence)
        {
            return false;
        }

        // The same word before the numeral and the same unit: "the first three months".
        int pa = NumeralStart(a.M) - 1;
        int pb = NumeralStart(b.M) - 1;
        if (pa >= 0 && pb >= 0 && doc[pa].Kind == TokenKind.Word && doc.TokenText(pa).Equals(doc.TokenText(pb), StringComparison.OrdinalIgnoreCase)
            && !doc.IsIn(pa, NumberLexicon.NotCountedNouns) && !doc.IsIn(pa, ApproximatorWords) && doc.TokenText(pa).Length > 3
            && (a.M.Unit is not null || a.Head is not null && a.Head == b.Head))
        {
            return true;
        }

        // A bound of a range ("between three and six miles") is not a quantity of its own.
        if (InRange(doc, a.M) || InRange(doc, b.M))
        {
            return false;
        }

        int shared = 0;
        foreach (string s in a.Stems)
        {
            if (b.Stems.Contains(s))
            {
                shared++;
            }
        }

        // Shared words alone link only figures a few sentences apart, and never a figure marked as another group.
        int fb = b.M.FirstToken;
        if (b.Sentence - a.Sentence < 2 || doc.Is(fb - 1, "another") || doc.Is(fb - 1, "other") || doc.Is(fb - 1, "including") || doc.Is(fb - 1, "remaining") || doc.Is(fb - 2, "another"))
        {
            return false;
        }

        if (a.M.Kind == NumberKind.Count && (a.Head is null || b.Head is null))
        {
            return false;
        }

        bool sameScale = a.ScaleWord.Length > 0 && a.ScaleWord == b.ScaleWord;
        return shared >= 3 || (shared >= 2 && sameScale) || (shared >= 1 && sameScale && a.M.Kind == NumberKind.Count);
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

    public static bool IsPeople(string head) =>
        head is "people" or "person" or "immigrant" or "resident" or "voter" or "american" or "worker" or "citizen" or "member" or "adult" or "student" or "child" or "children" or "individual";

}
