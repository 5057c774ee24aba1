using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// What the checks of a whole and its parts share: finding a coordinated list of parts ("55 in adults and 35 in
/// children", "$7 million to farmers, $4 million to ports and $1 million to others"), adding the parts up within
/// their rounding, and comparing the sum with the whole.
/// </summary>
internal static class Parts
{
    /// <summary>At most this many tokens between two parts of one list.</summary>
    private const int MaxGap = 12;

    /// <summary>
    /// The figures of <paramref name="bucket"/> from <paramref name="start"/> on that form one list in one sentence: each
    /// joined to the one before by a comma, semicolon, "and", "or" or "plus", the last by "and", "or" or "plus". Empty
    /// when fewer than two parts, or when a part is a bound of a range ("between 30 and 40").
    /// </summary>
    public static List<FigureInfo> Coordinated(TextDocument doc, FigureInfo[] infos, int start, string bucket)
    {
        var parts = new List<FigureInfo>();
        if (start < 0 || start >= infos.Length || infos[start].Bucket != bucket || IsRangeBound(doc, infos[start].M))
        {
            return parts;
        }

        parts.Add(infos[start]);
        bool lastJoinedByAnd = false;
        for (int k = start + 1; k < infos.Length && infos[k].Sentence == infos[start].Sentence; k++)
        {
            FigureInfo prev = parts[^1];
            FigureInfo next = infos[k];
            if (next.Bucket != bucket)
            {
                // "55 in adults aged 18 to 64": a figure of another kind inside a part ends nothing, unless it is far.
                if (next.M.FirstToken - prev.M.LastToken > MaxGap)
                {
                    break;
                }

                continue;
            }

            int gap = next.M.FirstToken - prev.M.LastToken;
            if (gap > MaxGap || IsRangeBound(doc, next.M))
            {
                break;
            }

            JoinKind join = Join(doc, prev.M.LastToken + 1, next.M.FirstToken);
            if (join == JoinKind.None)
            {
                break;
            }

            parts.Add(next);
            lastJoinedByAnd = join == JoinKind.And;
            if (lastJoinedByAnd)
            {
                break;
            }
        }

        if (parts.Count < 2 || !lastJoinedByAnd)
        {
            parts.Clear();
        }

        return parts;
    }

    /// <summary>"between 30 and 40", "30 to 40", "30-40": a bound of a range, not a part.</summary>
    public static bool IsRangeBound(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        int l = m.LastToken;
        bool NumberAt(int t) => t >= 0 && t < doc.TokenCount && (doc[t].Kind == TokenKind.Number || doc.Is(t, "$") || NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(t)));
        bool Dash(int t) => doc.Is(t, "to") || doc.Is(t, "-") || doc.Is(t, "\u2013") || doc.Is(t, "\u2014");
        return doc.Is(f - 1, "between") || doc.Is(f - 2, "between") || (Dash(l + 1) && NumberAt(l + 2)) || (Dash(f - 1) && NumberAt(f - 2) && doc[f - 2].Kind != TokenKind.Word);
    }

    /// <summary>
    /// The interval a part or whole stands for when parts are added: an exact count ("eight", "15 seats", no bound)
    /// stands for itself, since parts and wholes counted one by one are not rounded; any other figure for its interval.
    /// </summary>
    public static (double Lo, double Hi) Interval(FigureInfo f) =>
        f.M.Kind == NumberKind.Count && f.M.Bound == Numbers.NumberBound.None && f.M.Step <= 1 ? (f.M.Value, f.M.Value) : (f.Lo, f.Hi);

    private enum JoinKind
    {
        None,
        Comma,
        And,
    }

    private static JoinKind Join(TextDocument doc, int from, int to)
    {
        JoinKind join = JoinKind.None;
        for (int t = from; t < to; t++)
        {
            if (doc.Is(t, "and") || doc.Is(t, "or") || doc.Is(t, "plus"))
            {
                return JoinKind.And;
            }

            if (doc.Is(t, ",") || doc.Is(t, ";"))
            {
                join = JoinKind.Comma;
            }

            // A dash closes an aside ("46% positive -- including 16% enthusiastic -- and 46% negative"), a sentence
            // of its own or a clause that compares ("than") is not a list.
            if (doc[t].Kind == TokenKind.Punctuation && (doc.TokenText(t).StartsWith("--", StringComparison.Ordinal) || doc.Is(t, "\u2014") || doc.Is(t, "\u2013") || doc.Is(t, "-") && !doc.IsAttachedToPrevious(t)))
            {
                return JoinKind.None;
            }

            bool toNumber = doc.Is(t, "to") && t + 1 < doc.TokenCount && (doc[t + 1].Kind == TokenKind.Number || doc.Is(t + 1, "$"));
            if (doc.Is(t, ".") || doc.Is(t, "than") || toNumber)
            {
                return JoinKind.None;
            }
        }

        return join;
    }

    /// <summary>The parts' sum and the interval it may stand for.</summary>
    public static (double Value, double Lo, double Hi) Sum(IReadOnlyList<FigureInfo> parts)
    {
        double v = 0, lo = 0, hi = 0;
        foreach (FigureInfo p in parts)
        {
            (double plo, double phi) = Interval(p);
            v += p.M.Value;
            lo += plo;
            hi += phi;
        }

        return (v, lo, hi);
    }

    /// <summary>"55 + 35" as written.</summary>
    public static string List(IReadOnlyList<FigureInfo> parts) => string.Join(" + ", parts.Select(static p => p.M.Text));

    /// <summary>
    /// Compares the sum of <paramref name="parts"/> with <paramref name="whole"/> and adds the result. Exhaustive: the
    /// parts make up the whole, so the sum must agree with it; otherwise the parts may leave some out, so only a sum
    /// larger than the whole is inconsistent.
    /// </summary>
    public static void Compare(List<NumericCheck> result, string wording, FigureInfo whole, List<FigureInfo> parts, bool exhaustive)
    {
        (double v, double lo, double hi) = Sum(parts);
        (double wlo, double whi) = Interval(whole);
        bool fits = exhaustive ? lo <= whi + 1e-9 && wlo <= hi + 1e-9 : lo <= whi + 1e-9;
        string list = List(parts);
        string finding = fits
            ? exhaustive ? $"{list} make up {whole.M.Text}, as stated" : $"{list} fit within {whole.M.Text}"
            : lo > whi ? $"{list} come to {F(v)}, more than {whole.M.Text}" : $"{list} come to {F(v)}, short of {whole.M.Text}";
        var spans = new NumberMention[parts.Count + 1];
        spans[0] = whole.M;
        for (int i = 0; i < parts.Count; i++)
        {
            spans[i + 1] = parts[i].M;
        }

        Add(result, parts[0].M.Kind == NumberKind.Percent && whole.M.Kind != NumberKind.Percent ? NumericCheckKind.Share : NumericCheckKind.Total, fits, wording, finding, spans);
    }

    /// <summary>
    /// True when the parts are a breakdown of the whole, not a few examples of it: two or three parts, each at least
    /// a quarter of the whole, together more than half of it ("2 million applicants … 1.3 million first-time and
    /// 800,000 renewals"). A list of examples names smaller groups ("$900 billion … $40 billion for roads").
    /// </summary>
    public static bool LooksExhaustive(FigureInfo whole, List<FigureInfo> parts)
    {
        if (parts.Count is < 2 or > 3 || whole.M.Value <= 0)
        {
            return false;
        }

        double sum = 0;
        foreach (FigureInfo p in parts)
        {
            if (p.M.Value < whole.M.Value / 4)
            {
                return false;
            }

            sum += p.M.Value;
        }

        return sum > whole.M.Value / 2;
    }
}
