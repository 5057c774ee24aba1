using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A change stated against a level, and a figure moved by a stated amount:
/// <list type="bullet">
/// <item>"has 12,000 employees, up 3,000, or about 33%": the level less the increment is the old level, and the
/// percentage is the increment over it;</item>
/// <item>"The plan would cost $9.0 billion. The city cuts that to $6.5 billion because it expects to recover
/// $2.5 billion": a verb that moves the figure before ("cuts that to") and a third figure in its clause: the new
/// figure is the old one less (or plus) the third (<c>numericchecks-change-verbs.tsv</c>).</item>
/// </list>
/// </summary>
internal sealed class LevelChangeCheck : INumericCheck
{
    private static readonly FrozenDictionary<string, string> ChangeVerbs = Internal.EmbeddedData.Keyed("numericchecks-change-verbs.tsv", static row => row[1]);

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            Increment(doc, infos, i, results);
            MovedBy(doc, infos, i, results);
        }
    }

    /// <summary>"has 12,000 employees, up 3,000, or about 33%".</summary>
    private static void Increment(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        if (i == 0 || i + 1 >= infos.Length)
        {
            return;
        }

        FigureInfo d = infos[i];
        FigureInfo level = infos[i - 1];
        FigureInfo p = infos[i + 1];
        int f = d.M.FirstToken;
        bool up = doc.Is(f - 1, "up");
        bool down = doc.Is(f - 1, "down");
        if (!(up || down) || p.M.Kind != NumberKind.Percent || level.Sentence != d.Sentence || p.Sentence != d.Sentence
            || level.M.Kind != d.M.Kind || level.M.Unit != d.M.Unit || !level.Checkable || f - level.M.LastToken > 3 || !doc.Is(f - 2, ","))
        {
            return;
        }

        // ", or about 33%" right after the increment.
        int gap = p.M.FirstToken - d.M.LastToken;
        if (gap > 4 || !Has(doc, d.M.LastToken + 1, p.M.FirstToken, "or"))
        {
            return;
        }

        double old = up ? level.M.Value - d.M.Value : level.M.Value + d.M.Value;
        if (old <= 0)
        {
            return;
        }

        double pct = 100 * d.M.Value / old;
        // Rounding of the level and the increment moves the percentage by up to this much.
        double slack = 100 * ((d.M.Step / 2 / old) + (d.M.Value * (level.M.Step + d.M.Step) / 2 / (old * old)));
        bool ok = pct >= p.Lo - slack - 0.5 && pct <= p.Hi + slack + 0.5;
        string wording = $"Level and change \"{Quote(doc, level.M.FirstToken, p.M.LastToken)}\"";
        Add(results, NumericCheckKind.Change, ok, wording, ok
            ? $"{d.M.Text} on {F(old)} is {F(Math.Round(pct, 1))}%, as stated"
            : $"{d.M.Text} on {F(old)} is {F(Math.Round(pct, 1))}%, not {p.M.Text}", level.M, d.M, p.M);
    }

    /// <summary>"The plan would cost $9.0 billion. The city cuts that to $6.5 billion because it expects to recover $2.5 billion."</summary>
    private static void MovedBy(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo b = infos[i];
        int to = b.M.FirstToken - 1;
        if (!b.Checkable || to < 2 || !doc.Is(to, "to") || !(doc.Is(to - 1, "that") || doc.Is(to - 1, "it") || doc.Is(to - 1, "this"))
            || !ChangeVerbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(to - 2), out string? way))
        {
            return;
        }

        // The figure moved: the last one of its kind before the clause, in this sentence or the one before.
        FigureInfo? a = null;
        for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 1; k--)
        {
            if (infos[k].Bucket == b.Bucket)
            {
                a = infos[k];
                break;
            }
        }

        FigureInfo? c = null;
        for (int k = i + 1; k < infos.Length && infos[k].Sentence == b.Sentence; k++)
        {
            if (infos[k].Bucket == b.Bucket && !doc.Is(infos[k].M.FirstToken - 1, "from") && !doc.Is(infos[k].M.FirstToken - 1, "to"))
            {
                c = infos[k];
                break;
            }
        }

        if (a is null || c is null)
        {
            return;
        }

        bool cut = way == "down";
        double lo = cut ? a.Lo - c.Hi : a.Lo + c.Lo;
        double hi = cut ? a.Hi - c.Lo : a.Hi + c.Hi;
        double expected = cut ? a.M.Value - c.M.Value : a.M.Value + c.M.Value;
        bool ok = b.Lo <= hi + 1e-9 && lo <= b.Hi + 1e-9;
        string wording = $"Difference \"{Quote(doc, to - 2, b.M.LastToken)}\"";
        Add(results, NumericCheckKind.Total, ok, wording, ok
            ? $"{a.M.Text} {(cut ? "less" : "plus")} {c.M.Text} is {b.M.Text}, as stated"
            : $"{a.M.Text} {(cut ? "less" : "plus")} {c.M.Text} is {F(expected)}, not {b.M.Text}", a.M, b.M, c.M);
    }

    private static bool Has(TextDocument doc, int from, int to, string word)
    {
        for (int t = from; t < to; t++)
        {
            if (doc.Is(t, word))
            {
                return true;
            }
        }

        return false;
    }
}
