using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A figure the text says is the same as one before it:
/// <list type="bullet">
/// <item>"The same share of doctors - 71 percent -", "the same 71 percent", "an identical $5 million": a sameness
/// word before an amount noun or the figure itself, against the last figure of its kind in this sentence or the one
/// before;</item>
/// <item>a change restated from the same starting level to the digit ("$1.0820, up from $1.0790 … UP at $1.0820 from
/// $1.0790"): the same start names the same move, so the end level must be the same too.</item>
/// </list>
/// "The same day" or "the same state" says nothing about a figure: the word after "same" must name an amount; "not
/// the same" says the opposite.
/// </summary>
internal sealed class SamenessCheck : INumericCheck
{
    private static readonly System.Collections.Frozen.FrozenSet<string> AmountWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "share", "number", "amount", "proportion", "percentage", "figure", "sum", "total", "rate", "level", "margin");

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 1; i < infos.Length; i++)
        {
            SameAs(doc, infos, i, results);
            SameStart(doc, infos, i, results);
        }
    }

    private static void SameAs(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo b = infos[i];
        if (!b.Checkable)
        {
            return;
        }

        int cue = SameCue(doc, b);
        if (cue < 0)
        {
            return;
        }

        for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 1; k--)
        {
            FigureInfo a = infos[k];
            if (a.Bucket != b.Bucket || a.M.LastToken >= cue)
            {
                continue;
            }

            bool ok = Agree(a, b);
            Add(results, NumericCheckKind.Repeat, ok, $"Sameness \"{Quote(doc, cue, b.M.LastToken)}\"", ok
                ? $"{b.M.Text} is the same as {a.M.Text} before it"
                : $"the text says the same, but {b.M.Text} differs from {a.M.Text} before it", a.M, b.M);
            return;
        }
    }

    /// <summary>"the same share of doctors - 71 percent", "the same 71 percent", "an identical $5 million": the cue's token, or -1.</summary>
    private static int SameCue(TextDocument doc, FigureInfo b)
    {
        Sentence s = doc.Sentences[b.Sentence];
        for (int t = b.M.FirstToken - 1; t >= s.FirstToken && t >= b.M.FirstToken - 8; t--)
        {
            if (!(doc.Is(t, "same") || doc.Is(t, "identical")))
            {
                continue;
            }

            // Right before the figure, or before an amount noun ("the same share of doctors - 71 percent"), with no
            // "to", "from" or "by" between: "fell by that same margin down to 48 percent" gives a level, not the margin.
            if ((t == b.M.FirstToken - 1 || doc.IsIn(t + 1, AmountWords) && !HasLevelWord(doc, t + 2, b.M.FirstToken))
                && !doc.Is(t - 2, "not") && !doc.Is(t - 1, "not"))
            {
                return t > s.FirstToken && (doc.Is(t - 1, "the") || doc.Is(t - 1, "an") || doc.Is(t - 1, "that")) ? t - 1 : t;
            }

            return -1;
        }

        return -1;
    }

    private static bool HasLevelWord(TextDocument doc, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (doc.Is(t, "to") || doc.Is(t, "from") || doc.Is(t, "by") || doc.Is(t, "at") || doc.Is(t, "down") || doc.Is(t, "up"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… $1.0820, up from $1.0790 … UP at $1.0820 from $1.0790".</summary>
    private static void SameStart(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo old2 = infos[i];
        FigureInfo new2 = infos[i - 1];
        if (!IsFromPair(doc, new2, old2))
        {
            return;
        }

        for (int k = i - 2; k >= 1; k--)
        {
            FigureInfo old1 = infos[k];
            FigureInfo new1 = infos[k - 1];
            if (old1.Bucket != old2.Bucket || old1.Sentence == old2.Sentence || !IsFromPair(doc, new1, old1) || old1.M.Value != old2.M.Value
                || old1.M.Step >= old1.M.Value / 100)
            {
                continue;
            }

            bool ok = Agree(new1, new2);
            Add(results, NumericCheckKind.Repeat, ok, $"Same move restated \"{Quote(doc, new2.M.FirstToken, old2.M.LastToken)}\"", ok
                ? $"from {old1.M.Text} again to {new2.M.Text}, as stated before"
                : $"from the same {old1.M.Text}, it ends at {new2.M.Text} here but at {new1.M.Text} before", new1.M, new2.M);
            return;
        }
    }

    /// <summary>"X, up from Y", "at X from Y", "to X from Y": a new figure, then its start.</summary>
    private static bool IsFromPair(TextDocument doc, FigureInfo newer, FigureInfo older) =>
        newer.Sentence == older.Sentence && newer.Bucket == older.Bucket && newer.Checkable && doc.Is(older.M.FirstToken - 1, "from")
        && older.M.FirstToken - newer.M.LastToken <= 4;
}
