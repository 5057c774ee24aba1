using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A part within its whole ("30 of 79 facilities", "including 22", "his three oldest"), and a stated percentage of them.
/// </summary>
internal sealed class ShareCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Shares(ctx.Doc, ctx.Infos, results);

    private static void Shares(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo b = infos[i];
            if (!b.Checkable)
            {
                continue;
            }

            // "30 of 79 facilities", "12 of 40 members, or 30%".
            if (i + 1 < infos.Length && b.M.Kind == NumberKind.Count && doc.Is(b.M.LastToken + 1, "of"))
            {
                FigureInfo w = infos[i + 1];
                int wf = w.M.FirstToken;
                bool direct = wf == b.M.LastToken + 2 || (wf == b.M.LastToken + 3 && (doc.Is(b.M.LastToken + 2, "the") || doc.Is(b.M.LastToken + 2, "its") || doc.Is(b.M.LastToken + 2, "their")));
                if (direct && w.M.Kind == NumberKind.Count && w.M.Value > 0)
                {
                    bool ok = b.M.Value <= w.Hi;
                    bool statedShare = i + 2 < infos.Length && infos[i + 2].M.Kind == NumberKind.Percent && infos[i + 2].Sentence == b.Sentence && infos[i + 2].M.FirstToken - w.M.LastToken <= 4;

                    // With a stated percentage, that check says all; "the part is within the whole" beside it would
                    // report one relation twice, once consistent and once not.
                    if (!ok || !statedShare)
                    {
                        Add(result, NumericCheckKind.Share, ok, ok ? $"{b.M.Text} of {w.M.Text}: the part is within the whole." : $"{b.M.Text} of {w.M.Text}: the part is larger than the whole.", b.M, w.M);
                    }

                    if (statedShare)
                    {
                        FigureInfo p = infos[i + 2];
                        double share = 100 * b.M.Value / w.M.Value;
                        bool pOk = share >= p.Lo - 0.5 && share <= p.Hi + 0.5;
                        Add(result, NumericCheckKind.Share, pOk, pOk
                            ? $"{b.M.Text} of {w.M.Text} is {F(share)}%, as stated ({p.M.Text})."
                            : $"{b.M.Text} of {w.M.Text} is {F(share)}%, not {p.M.Text}.", b.M, w.M, p.M);
                    }

                    continue;
                }
            }

            // "including 22", "on which they spent $12 million", "of whom 12".
            int cue = SubsetCue(doc, b, infos, i);
            if (cue >= 0)
            {
                FigureInfo? whole = null;
                for (int k = i - 1; k >= 0 && infos[k].Sentence == b.Sentence; k--)
                {
                    if (infos[k].Bucket == b.Bucket && infos[k].M.LastToken < cue)
                    {
                        whole = infos[k];
                        break;
                    }
                }

                if (whole is not null && whole.M.Value > 0)
                {
                    bool ok = b.Lo <= whole.Hi;
                    Add(result, NumericCheckKind.Share, ok, ok
                        ? $"{b.M.Text} is part of {whole.M.Text} and within it."
                        : $"{b.M.Text} is stated as part of {whole.M.Text} but is larger.", whole.M, b.M);
                }
            }

            // "His three oldest": a subset of the group counted just before.
            int sup = b.M.LastToken > b.M.FirstToken ? b.M.LastToken : b.M.LastToken + 1;
            if (b.M.Kind == NumberKind.Count && sup < doc.TokenCount && doc[sup].Kind == TokenKind.Word
                && doc.TokenText(sup).EndsWith("est", StringComparison.OrdinalIgnoreCase) && doc.TokenText(sup).Length > 4
                && (doc.Is(b.M.FirstToken - 1, "his") || doc.Is(b.M.FirstToken - 1, "her") || doc.Is(b.M.FirstToken - 1, "their") || doc.Is(b.M.FirstToken - 1, "the") || doc.Is(b.M.FirstToken - 1, "its")))
            {
                for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 3; k--)
                {
                    if (infos[k].M.Kind == NumberKind.Count && infos[k].M.Value > 1)
                    {
                        FigureInfo whole = infos[k];
                        bool ok = b.M.Value <= whole.Hi;
                        Add(result, NumericCheckKind.Share, ok, ok
                            ? $"{b.M.Text} of the {whole.M.Text} before: within the group."
                            : $"{b.M.Text} is a subset of the {whole.M.Text} before but is larger.", whole.M, b.M);
                        break;
                    }
                }
            }
        }
    }

    private static int SubsetCue(TextDocument doc, FigureInfo b, FigureInfo[] infos, int i)
    {
        int f = b.M.FirstToken;
        int floor = i > 0 ? infos[i - 1].M.LastToken : 0;
        for (int t = f - 1; t > floor && t >= f - 4; t--)
        {
            if (doc.Is(t, "including") || doc.Is(t, "among") && doc.Is(t + 1, "them"))
            {
                return t;
            }

            if ((doc.Is(t, "which") || doc.Is(t, "whom")) && (doc.Is(t - 1, "of") || doc.Is(t - 1, "on")))
            {
                return t;
            }
        }

        return -1;
    }

}
