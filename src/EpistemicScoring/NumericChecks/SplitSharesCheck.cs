using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Shares of one whole that the text says it splits: "The seats are split three ways: 45% …, 30% … and 25% …".
/// When the text names how many shares there are ("split three ways", "divided into four"), the shares listed are
/// all of it: they add up to 100% within their rounding, and there are that many. Otherwise ("voters are divided:
/// 45% back it, 44% oppose it") some may be left out (the undecided), so only more than 100% is inconsistent.
/// </summary>
internal sealed class SplitSharesCheck : INumericCheck
{
    /// <summary>Words that split a whole into shares: numericchecks-split-words.txt.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SplitWords = Internal.EmbeddedData.Words("numericchecks-split-words.txt");

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        int lastSentence = -1;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo first = infos[i];
            if (first.M.Kind != NumberKind.Percent || first.Sentence == lastSentence)
            {
                continue;
            }

            int cue = SplitCue(doc, first);
            if (cue < 0)
            {
                continue;
            }

            List<FigureInfo> parts = Parts.Coordinated(doc, infos, i, first.Bucket);
            if (parts.Count < 2)
            {
                continue;
            }

            lastSentence = first.Sentence;
            (double v, double lo, double hi) = Parts.Sum(parts);
            int count = StatedCount(doc, infos, i, cue);
            bool ok = lo <= 100 + 1e-9 && (count == 0 || hi >= 100 - 1e-9);
            string wording = $"Shares of a whole \"{Quote(doc, cue, first.M.FirstToken - 1).TrimEnd(' ', ':', ',')}\"";
            Add(results, NumericCheckKind.Total, ok, wording, ok
                ? count == 0 ? $"{Parts.List(parts)} fit within 100%" : $"{Parts.List(parts)} make up 100%, as they should"
                : count == 0 ? $"{Parts.List(parts)} come to {F(v)}%, more than 100%" : $"{Parts.List(parts)} come to {F(v)}%, not 100%", [.. parts.Select(static p => p.M)]);
            if (count > 0 && count != parts.Count)
            {
                Add(results, NumericCheckKind.Total, false, wording, $"the text names {count} shares but lists {parts.Count}", [.. parts.Select(static p => p.M)]);
            }
        }
    }

    /// <summary>The token of a split word in the clause before the first share, or -1.</summary>
    private static int SplitCue(TextDocument doc, FigureInfo first)
    {
        Sentence s = doc.Sentences[first.Sentence];
        for (int t = first.M.FirstToken - 1; t >= s.FirstToken && t >= first.M.FirstToken - 10; t--)
        {
            if (doc.IsIn(t, SplitWords))
            {
                return t;
            }

            if (doc[t].Kind == TokenKind.Number && !doc.Is(t + 1, "ways"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"split three ways", "divided into four parts": the number of shares the text names, or 0.</summary>
    private static int StatedCount(TextDocument doc, FigureInfo[] infos, int first, int cue)
    {
        for (int k = first - 1; k >= 0 && infos[k].M.LastToken >= cue; k--)
        {
            NumberMention m = infos[k].M;
            bool ways = doc.Is(m.LastToken, "ways") || doc.Is(m.LastToken + 1, "ways");
            bool into = doc.Is(m.FirstToken - 1, "into") && (doc.Is(m.FirstToken - 2, "split") || doc.Is(m.FirstToken - 2, "divided"));
            if (m.Kind == NumberKind.Count && (ways || into) && m.Value is >= 2 and <= 12)
            {
                return (int)m.Value;
            }
        }

        return 0;
    }
}
