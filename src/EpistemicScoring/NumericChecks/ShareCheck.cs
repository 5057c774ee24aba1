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

            // "30 of 79 facilities", "12 of 40 members, or 30%"; not "21 pages of one warrant", where the part has a noun of
            // its own and the figure after "of" counts something else.
            if (i + 1 < infos.Length && b.M.Kind == NumberKind.Count && doc.Is(b.M.LastToken + 1, "of") && !EndsWithNoun(doc, b.M))
            {
                FigureInfo w = infos[i + 1];
                int wf = w.M.FirstToken;
                int det = b.M.LastToken + 2;
                bool direct = wf == b.M.LastToken + 2 || (wf == b.M.LastToken + 3 && (doc.Is(det, "the") || doc.Is(det, "its") || doc.Is(det, "their") || doc.Is(det, "his") || doc.Is(det, "her") || doc.Is(det, "our") || doc.Is(det, "my") || doc.Is(det, "your")));
                if (direct && w.M.Kind == NumberKind.Count && w.M.Value > 0)
                {
                    bool ok = b.M.Value <= w.Hi;
                    bool statedShare = i + 2 < infos.Length && infos[i + 2].M.Kind == NumberKind.Percent && infos[i + 2].Sentence == b.Sentence && infos[i + 2].M.FirstToken - w.M.LastToken <= 4;

                    // With a stated percentage, that check says all; "the part is within the whole" beside it would
                    // report one relation twice, once consistent and once not.
                    if (!ok || !statedShare)
                    {
                        Add(result, NumericCheckKind.Share, ok, $"Part of a whole \"{Quote(doc, b.M.FirstToken, w.M.LastToken)}\"", ok ? "the part is within the whole" : "the part is larger than the whole", b.M, w.M);
                    }

                    if (statedShare)
                    {
                        FigureInfo p = infos[i + 2];
                        double share = 100 * b.M.Value / w.M.Value;
                        bool pOk = share >= p.Lo - 0.5 && share <= p.Hi + 0.5;
                        Add(result, NumericCheckKind.Share, pOk, $"Stated share \"{Quote(doc, b.M.FirstToken, p.M.LastToken)}\"", pOk
                            ? $"{b.M.Text} of {w.M.Text} is {F(share)}%, as stated"
                            : $"{b.M.Text} of {w.M.Text} is {F(share)}%, not {p.M.Text}", b.M, w.M, p.M);
                    }

                    continue;
                }
            }

            // "including 22", "on which they spent $12 million", "of whom 12".
            int cue = SubsetCue(doc, b, infos, i);

            // "a 30-day suspension, including 12 days … and 18 days": a list of parts is the list check's (ListedPartsCheck).
            if (cue >= 0 && doc.Is(cue, "including") && i > 0 && infos[i - 1].Bucket == b.Bucket && infos[i - 1].Sentence == b.Sentence
                && Parts.Coordinated(doc, infos, i, b.Bucket).Count >= 2)
            {
                cue = -1;
            }

            if (cue >= 0)
            {
                FigureInfo? whole = null;
                int wholeAt = -1;
                for (int k = i - 1; k >= 0 && infos[k].Sentence == b.Sentence; k--)
                {
                    if (infos[k].Bucket == b.Bucket && infos[k].M.LastToken < cue)
                    {
                        whole = infos[k];
                        wholeAt = k;
                        break;
                    }
                }

                // "56 passengers and 10 crew members on board, among them 30 Egyptians": the whole is the pair.
                double wholeHi = whole?.Hi ?? 0;
                double wholeValue = whole?.M.Value ?? 0;
                bool pair = false;
                string wholeText = whole?.M.Text ?? string.Empty;
                if (whole is not null && wholeAt > 0 && infos[wholeAt - 1].Bucket == b.Bucket && infos[wholeAt - 1].Sentence == b.Sentence
                    && whole.M.FirstToken - infos[wholeAt - 1].M.LastToken <= 3 && doc.Is(whole.M.FirstToken - 1, "and"))
                {
                    wholeHi += infos[wholeAt - 1].Hi;
                    wholeValue += infos[wholeAt - 1].M.Value;
                    pair = true;
                    wholeText = infos[wholeAt - 1].M.Text + " and " + whole.M.Text;
                }

                if (whole is not null && whole.M.Value > 0 && SameThings(whole, wholeValue, pair, b))
                {
                    bool ok = b.Lo <= wholeHi;
                    string wording = $"Part \"{Quote(doc, cue, b.M.LastToken)}\"";
                    Add(result, NumericCheckKind.Share, ok, wording, ok
                        ? $"{b.M.Text} is part of {wholeText} and within it"
                        : $"{b.M.Text} is stated as part of {wholeText} but is larger", whole.M, b.M);
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
                        Add(result, NumericCheckKind.Share, ok, $"Subset \"{Quote(doc, b.M.FirstToken - 1, sup)}\"", ok
                            ? $"within the {whole.M.Text} before"
                            : $"a subset of the {whole.M.Text} before, but larger", whole.M, b.M);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when a part can be counted against its whole: the same counted noun or none, the same base for two
    /// percentages ("62% of Democrats" is not a part of "38% of likely voters"), and a part at most ten times the
    /// whole: beyond that the two count different things ("three crowds, including 28,000 people"). A pair as the
    /// whole ("48 passengers and 6 crew") is a mixed group, so its part may name another noun.
    /// </summary>
    private static bool SameThings(FigureInfo whole, double wholeValue, bool pair, FigureInfo part)
    {
        if (part.M.Value > 10 * wholeValue)
        {
            return false;
        }

        if (whole.M.Kind == NumberKind.Percent)
        {
            return part.M.Subject == whole.M.Subject;
        }

        return whole.M.Kind != NumberKind.Count || pair || whole.Head is null || part.Head is null || whole.Head == part.Head || (IsPeople(whole.Head) && IsPeople(part.Head));
    }

    /// <summary>"21 pages" (of one warrant): the mention ends in its counted noun, not in a numeral.</summary>
    private static bool EndsWithNoun(TextDocument doc, NumberMention m) =>
        m.LastToken > m.FirstToken && doc[m.LastToken].Kind == TokenKind.Word
        && !NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(m.LastToken))
        && !NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(m.LastToken));

    private static int SubsetCue(TextDocument doc, FigureInfo b, FigureInfo[] infos, int i)
    {
        int f = b.M.FirstToken;
        int floor = i > 0 ? infos[i - 1].M.LastToken : 0;
        for (int t = f - 1; t > floor && t >= f - 4; t--)
        {
            // "including 22", "including an estimated 28,000", "among them 30": the cue governs the figure itself, not
            // a noun before it ("five states, including California, where 475 delegates").
            if ((doc.Is(t, "including") || doc.Is(t, "among") && doc.Is(t + 1, "them")) && OnlyModifiersBetween(doc, t + (doc.Is(t, "among") ? 2 : 1), f))
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

    private static bool OnlyModifiersBetween(TextDocument doc, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!(doc.IsIn(t, ApproximatorWords) || doc.Is(t, "an") || doc.Is(t, "a") || doc.Is(t, "the") || doc.Is(t, "not") || doc.Is(t, "some")))
            {
                return false;
            }
        }

        return true;
    }

}
