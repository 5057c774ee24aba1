using System.Collections.Frozen;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A gap in points stated without "to" between the two shares: labelled shares beside it ("underwater by 10
/// points - 43% approve, 53% disapprove"), or a lead in one sentence with the shares in the next ("trails her
/// challenger by four points. The poll puts the challenger at 48 percent and the senator at 44 percent."). The two
/// shares must differ by the gap, within their rounding. A gap is "N points" or "N percentage points" next to a word
/// of leading or trailing (<c>numericchecks-gap-words.txt</c>); "46% to 38%" beside it is <see cref="ChangeCheck"/>'s.
/// </summary>
internal sealed class GapCheck : INumericCheck
{
    private static readonly FrozenSet<string> GapWords = Internal.EmbeddedData.Words("numericchecks-gap-words.txt");

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo g = infos[i];
            if (!IsPoints(g.M) || !NextToGapWord(doc, g))
            {
                continue;
            }

            List<int> same = Percents(infos, g.Sentence);
            if (same.Count == 2)
            {
                FigureInfo a = infos[same[0]];
                FigureInfo b = infos[same[1]];

                // "46% to 38%" is the change check's; here the shares are labelled ("43% approve, 53% disapprove").
                if (Joined(doc, a, b, ",") && !Joined(doc, a, b, "to") && Near(g, a, b))
                {
                    Judge(doc, results, g, a, b, "labelled shares");
                }

                continue;
            }

            if (same.Count != 0)
            {
                continue;
            }

            // The lead in one sentence, the two shares in the next: "The poll puts the challenger at 48 percent and the senator at 44 percent."
            int next = g.Sentence + 1;
            if (next >= doc.Sentences.Length || doc.Sentences[next].Paragraph - g.Paragraph > 1)
            {
                continue;
            }

            List<int> shares = Percents(infos, next);
            if (shares.Count == 2 && (Joined(doc, infos[shares[0]], infos[shares[1]], "and") || Joined(doc, infos[shares[0]], infos[shares[1]], ","))
                && !Joined(doc, infos[shares[0]], infos[shares[1]], "to") && !OpensWithSubgroup(doc, doc.Sentences[next])
                && NamedBefore(doc, infos[shares[0]], doc.Sentences[next].FirstToken, g.Sentence) && NamedBefore(doc, infos[shares[1]], infos[shares[0]].M.LastToken + 1, g.Sentence))
            {
                Judge(doc, results, g, infos[shares[0]], infos[shares[1]], "shares in the next sentence");
            }
        }
    }

    private static bool IsPoints(NumberMention m) =>
        m.Kind == NumberKind.PercentagePoints && m.Unit == "pp" || m.Kind == NumberKind.Measure && m.Unit == "point";

    /// <summary>"trails … by four points", "underwater by 10 points", "a six-point edge", but not a margin of error.</summary>
    private static bool NextToGapWord(TextDocument doc, FigureInfo g)
    {
        if (doc.Is(g.M.LastToken + 1, "margin") && doc.Is(g.M.LastToken + 2, "of") || doc.Is(g.M.LastToken + 1, "error"))
        {
            return false;
        }

        Sentence s = doc.Sentences[g.Sentence];
        for (int t = Math.Max(s.FirstToken, g.M.FirstToken - 6); t <= Math.Min(s.EndToken - 1, g.M.LastToken + 2); t++)
        {
            if (doc.IsIn(t, GapWords))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Percents(FigureInfo[] infos, int sentence)
    {
        var list = new List<int>(2);
        for (int k = 0; k < infos.Length; k++)
        {
            if (infos[k].Sentence == sentence && infos[k].M.Kind == NumberKind.Percent)
            {
                list.Add(k);
            }
        }

        return list;
    }

    private static bool Joined(TextDocument doc, FigureInfo a, FigureInfo b, string word)
    {
        for (int t = a.M.LastToken + 1; t < b.M.FirstToken; t++)
        {
            if (doc.Is(t, word))
            {
                return b.M.FirstToken - a.M.LastToken <= 8;
            }
        }

        return false;
    }

    private static bool Near(FigureInfo g, FigureInfo a, FigureInfo b) =>
        Math.Min(Math.Abs(a.M.FirstToken - g.M.LastToken), Math.Abs(g.M.FirstToken - b.M.LastToken)) <= 5;

    /// <summary>
    /// "the challenger at 48 percent": a share is labelled by a word of the gap's sentence (the two sides of the lead)
    /// in the few words before it. "with 40 percent supporting him before and 31 percent afterward" names no side: it
    /// is another relation.
    /// </summary>
    private static bool NamedBefore(TextDocument doc, FigureInfo share, int floor, int gapSentence)
    {
        Sentence gs = doc.Sentences[gapSentence];
        for (int t = Math.Max(floor, share.M.FirstToken - 4); t < share.M.FirstToken; t++)
        {
            if (doc[t].Kind != TokenKind.Word || doc.TokenText(t).Length < 4 || doc.IsIn(t, NumberLexicon.NotCountedNouns))
            {
                continue;
            }

            for (int u = gs.FirstToken; u < gs.EndToken; u++)
            {
                if (doc.TokenText(u).Equals(doc.TokenText(t), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Among women, …", "In Ohio, …": shares of a subgroup, not the ones the lead is about.</summary>
    private static bool OpensWithSubgroup(TextDocument doc, Sentence s) =>
        doc.Is(s.FirstToken, "among") || doc.Is(s.FirstToken, "in") || doc.Is(s.FirstToken, "with") || doc.Is(s.FirstToken, "but");

    private static void Judge(TextDocument doc, List<NumericCheck> results, FigureInfo g, FigureInfo a, FigureInfo b, string how)
    {
        double diff = Math.Abs(a.M.Value - b.M.Value);
        double tol = (a.M.Step / 2) + (b.M.Step / 2) + (g.M.Step / 2) + (g.M.Bound == NumberBound.None ? 0 : g.M.Value * 0.15);
        bool ok = Math.Abs(diff - g.M.Value) <= tol + 1e-9 || g.M.Bound == NumberBound.Lower && diff >= g.M.Value || g.M.Bound == NumberBound.Upper && diff <= g.M.Value;
        string wording = $"Gap \"{Quote(doc, g.M.FirstToken - 1, g.M.LastToken)}\" with {how}";
        Add(results, NumericCheckKind.Change, ok, wording, ok
            ? $"{a.M.Text} and {b.M.Text} differ by {F(diff)} points, as stated"
            : $"{a.M.Text} and {b.M.Text} differ by {F(diff)} points, not {g.M.Text}", g.M, a.M, b.M);
    }
}
