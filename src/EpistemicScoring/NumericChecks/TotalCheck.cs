using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Parts and their stated total: groups adding up to at most 100%, "these 29" after a difference, "add up to", "less" and "plus".
/// </summary>
internal sealed class TotalCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Totals(ctx.Doc, ctx.Infos, results);

    private static void Totals(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo b = infos[i];

            // "56 percent … another 36 percent": disjoint groups of one population add up to at most 100.
            if (b.M.Kind == NumberKind.Percent && (doc.Is(b.M.FirstToken - 1, "another") || doc.Is(b.M.FirstToken - 2, "another")))
            {
                var parts = new List<FigureInfo> { b };
                double lo = b.Lo;
                int k = i - 1;
                FigureInfo cur = b;
                while (k >= 0 && cur.Sentence - infos[k].Sentence <= 2)
                {
                    if (infos[k].M.Kind == NumberKind.Percent)
                    {
                        parts.Insert(0, infos[k]);
                        lo += infos[k].Lo;
                        if (!(doc.Is(infos[k].M.FirstToken - 1, "another") || doc.Is(infos[k].M.FirstToken - 2, "another")))
                        {
                            break;
                        }

                        cur = infos[k];
                    }

                    k--;
                }

                if (parts.Count >= 2)
                {
                    bool ok = lo <= 100 + 1e-9;
                    string list = string.Join(" + ", parts.Select(static p => p.M.Text));
                    Add(result, NumericCheckKind.Total, ok, $"Separate groups \"{Quote(doc, b.M.FirstToken - (doc.Is(b.M.FirstToken - 1, "another") ? 1 : 2), b.M.LastToken)}\"", ok
                        ? $"{list} add up to no more than 100%"
                        : $"{list}, separate groups of one population, add up to more than 100%", [.. parts.Select(static p => p.M)]);
                }
            }

            // "these 29 health facilities" after "30 … unable to locate one facility".
            if (b.M.Kind == NumberKind.Count && b.Head is not null && b.M.Value > 1
                && (doc.Is(b.M.FirstToken - 1, "these") || doc.Is(b.M.FirstToken - 1, "those") || doc.Is(b.M.FirstToken - 1, "remaining")))
            {
                var earlier = new List<FigureInfo>();
                for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 3; k--)
                {
                    FigureInfo a = infos[k];
                    if (a.M.Kind == NumberKind.Count && a.M.Value <= 10 * b.M.Value && (a.Head == b.Head || a.Head is null && k + 1 < i && infos[k + 1].Head == b.Head))
                    {
                        earlier.Add(a);
                    }
                }

                // "the remaining two delegates" is the whole less the parts; with no part stated there is nothing to check.
                if (earlier.Count == 0 || (doc.Is(b.M.FirstToken - 1, "remaining") && earlier.Count < 2))
                {
                    continue;
                }

                FigureInfo? equal = earlier.FirstOrDefault(a => Agree(a, b));
                if (equal is not null)
                {
                    continue;
                }

                FigureInfo? whole = null;
                FigureInfo? part = null;
                foreach (FigureInfo a in earlier)
                {
                    foreach (FigureInfo c in earlier)
                    {
                        if (!ReferenceEquals(a, c) && Math.Abs(a.M.Value - c.M.Value - b.M.Value) < 0.5)
                        {
                            whole = a;
                            part = c;
                        }
                    }
                }

                if (whole is not null && part is not null)
                {
                    Add(result, NumericCheckKind.Total, true, $"Remainder \"{Quote(doc, b.M.FirstToken - 1, b.M.LastToken)}\"", $"{b.M.Text} is {whole.M.Text} less {part.M.Text}", whole.M, part.M, b.M);
                    continue;
                }

                // "These two young men": a few people named before, not a remainder of the count.
                FigureInfo? larger = earlier.FirstOrDefault(a => a.M.Value > b.M.Value && a.M.Bound == NumberBound.None);
                if (larger is not null && b.M.Value >= 10)
                {
                    Add(result, NumericCheckKind.Total, false, $"Remainder \"{Quote(doc, b.M.FirstToken - 1, b.M.LastToken)}\"", $"it refers back to a group counted before, but neither {larger.M.Text} nor a difference of the figures stated gives {F(b.M.Value)}", larger.M, b.M);
                }
            }

            // "a $30 million grant and an $18 million bond … add up to the full $48 million"; not "add up to $1.5
            // trillion more than predicted", a difference.
            if (b.Checkable && IsStatedTotal(doc, b.M) && !IsComparative(doc, b.M.LastToken + 1))
            {
                var parts = new List<FigureInfo>();
                int partSentence = -1;
                for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 2; k--)
                {
                    FigureInfo a = infos[k];
                    if (a.Bucket != b.Bucket)
                    {
                        continue;
                    }

                    if (partSentence < 0)
                    {
                        partSentence = a.Sentence;
                    }

                    if (a.Sentence != partSentence)
                    {
                        break;
                    }

                    // "$105 billion more than last year" is a difference, not a part.
                    if (IsComparative(doc, a.M.LastToken + 1))
                    {
                        parts.Clear();
                        break;
                    }

                    parts.Insert(0, a);
                }

                if (parts.Count >= 2 && parts.Count <= 6 && JoinedByAnd(doc, parts))
                {
                    double lo = parts.Sum(static p => p.Lo);
                    double hi = parts.Sum(static p => p.Hi);
                    bool ok = lo <= b.Hi + 1e-9 && b.Lo <= hi + 1e-9;
                    string list = string.Join(" + ", parts.Select(static p => p.M.Text));
                    Add(result, NumericCheckKind.Total, ok, $"Stated total \"{b.M.Text}\"", ok
                        ? $"{list} add up to {b.M.Text}, as stated"
                        : $"{list} add up to {F(parts.Sum(static p => p.M.Value))}, not {b.M.Text}", [.. parts.Select(static p => p.M), b.M]);
                }
            }

            // "$13.8 trillion less $3.1 trillion, $10.7 trillion".
            if (i + 2 < infos.Length && b.Checkable && infos[i + 1].Bucket == b.Bucket && infos[i + 2].Bucket == b.Bucket && infos[i + 2].Sentence == b.Sentence)
            {
                int between = infos[i + 1].M.FirstToken - b.M.LastToken - 1;
                int op = b.M.LastToken + 1;
                if (between == 1 && (doc.Is(op, "less") || doc.Is(op, "minus") || doc.Is(op, "plus")))
                {
                    FigureInfo c = infos[i + 1];
                    FigureInfo r = infos[i + 2];
                    int gap = r.M.FirstToken - c.M.LastToken - 1;
                    if (gap is >= 1 and <= 3)
                    {
                        bool plus = doc.Is(op, "plus");
                        double lo = plus ? b.Lo + c.Lo : b.Lo - c.Hi;
                        double hi = plus ? b.Hi + c.Hi : b.Hi - c.Lo;
                        bool ok = lo <= r.Hi && r.Lo <= hi;
                        Add(result, NumericCheckKind.Total, ok, $"Arithmetic \"{Quote(doc, b.M.FirstToken, c.M.LastToken)}\"", ok
                            ? $"it gives {r.M.Text}, as stated"
                            : $"it does not give {r.M.Text}", b.M, c.M, r.M);
                    }
                }
            }
        }
    }

    public static bool IsComparative(TextDocument doc, int t) =>
        (doc.Is(t, "more") || doc.Is(t, "less") || doc.Is(t, "fewer") || doc.Is(t, "higher") || doc.Is(t, "lower") || doc.Is(t, "above") || doc.Is(t, "below")) && (doc.Is(t + 1, "than") || doc[t].Kind == TokenKind.Word && (doc.Is(t, "above") || doc.Is(t, "below")));

    private static bool IsStatedTotal(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        for (int t = Math.Max(0, f - 5); t < f; t++)
        {
            if ((doc.Is(t, "add") || doc.Is(t, "adds") || doc.Is(t, "added") || doc.Is(t, "adding")) && doc.Is(t + 1, "up")
                || doc.Is(t, "totaling") || doc.Is(t, "totalling") || doc.Is(t, "totaled") || doc.Is(t, "totalled") || doc.Is(t, "totals")
                || (doc.Is(t, "total") && doc.Is(t + 1, "of")) || doc.Is(t, "combined") || doc.Is(t, "altogether"))
            {
                return true;
            }
        }

        return doc.Is(m.LastToken + 1, "in") && doc.Is(m.LastToken + 2, "all") || doc.Is(m.LastToken + 1, "combined") || doc.Is(m.LastToken + 1, "altogether");
    }

    private static bool JoinedByAnd(TextDocument doc, List<FigureInfo> parts)
    {
        // The last two parts are joined by "and" or "plus", the others by commas.
        FigureInfo x = parts[^2];
        FigureInfo y = parts[^1];
        for (int t = x.M.LastToken + 1; t < y.M.FirstToken; t++)
        {
            if (doc.Is(t, "and") || doc.Is(t, "plus"))
            {
                return y.M.FirstToken - x.M.LastToken <= 8;
            }
        }

        return false;
    }

}
