using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A whole stated in one sentence and its parts in the next ones of the paragraph:
/// <list type="bullet">
/// <item>"Eleven officers in total were disciplined. Eight of them were sergeants and three were constables." (a
/// total marked "in total", "in all", "a total of", "altogether": the parts that follow make it up);</item>
/// <item>"About 2.4 million people have voted. About 900,000 voted in person. Another 1.5 million mailed ballots."
/// (sentences that open with their figure break the whole down; with "another" the parts fit within it);</item>
/// <item>"Of the council's 15 seats, Labour won eight. The Greens took four and independents took three." (a pool
/// shared out by verbs of winning and taking: the shares fit within it).</item>
/// </list>
/// </summary>
internal sealed class SentencePartsCheck : INumericCheck
{
    /// <summary>Verbs that take a share of a fixed pool ("won eight", "took three"): numericchecks-pool-verbs.txt.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PoolVerbs = Internal.EmbeddedData.Words("numericchecks-pool-verbs.txt");

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo w = infos[i];
            if (!w.Checkable || w.M.Value <= 1 || w.M.Kind is not (NumberKind.Count or NumberKind.Money or NumberKind.Measure))
            {
                continue;
            }

            if (!InTotal(doc, infos, i, results) && !Another(doc, infos, i, results))
            {
                Pool(doc, infos, i, results);
            }
        }
    }

    /// <summary>"Nine senators in total broke ranks. Seven of the rebels were Democrats and two were Republicans."</summary>
    private static bool InTotal(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        int after = w.M.LastToken + 1;
        bool total = doc.Is(after, "in") && (doc.Is(after + 1, "total") || doc.Is(after + 1, "all")) || doc.Is(after, "altogether")
            || doc.Is(w.M.FirstToken - 1, "of") && doc.Is(w.M.FirstToken - 2, "total") && doc.Is(w.M.FirstToken - 3, "a");
        if (!total)
        {
            return false;
        }

        int next = NextSentenceStart(infos, i);
        if (next < 0 || infos[next].Paragraph - w.Paragraph > 1)
        {
            return false;
        }

        List<FigureInfo> parts = Parts.Coordinated(doc, infos, next, w.Bucket);
        if (parts.Count < 2)
        {
            return false;
        }

        string cue = doc.Is(after, "in") ? Quote(doc, w.M.FirstToken, after + 1) : doc.Is(after, "altogether") ? Quote(doc, w.M.FirstToken, after) : Quote(doc, w.M.FirstToken - 3, w.M.LastToken);
        Parts.Compare(results, $"Total \"{cue}\" and the parts after it", w, parts, exhaustive: true);
        return true;
    }

    /// <summary>"About 2.4 million people have voted. About 900,000 voted in person. Another 1.5 million have mailed ballots."</summary>
    private static bool Another(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        if (w.M.Kind != NumberKind.Count)
        {
            return false;
        }

        // The whole is the only count of its sentence.
        for (int k = 0; k < infos.Length; k++)
        {
            if (k != i && infos[k].Sentence == w.Sentence && infos[k].Bucket == w.Bucket)
            {
                return false;
            }
        }

        var parts = new List<FigureInfo>();
        int sentence = w.Sentence;
        bool another = false;
        for (int k = i + 1; k < infos.Length && infos[k].Paragraph == w.Paragraph && parts.Count < 6; k++)
        {
            FigureInfo p = infos[k];
            if (p.Sentence == sentence || p.Bucket != w.Bucket)
            {
                continue;
            }

            if (p.Sentence != sentence + 1 || !OpensSentence(doc, p, out bool isAnother) || p.M.Value >= w.Hi && !isAnother)
            {
                break;
            }

            parts.Add(p);
            another |= isAnother;
            sentence = p.Sentence;
        }

        if (parts.Count < 2 || !another || !doc.Is(parts[^1].M.FirstToken - 1, "another") && !doc.Is(parts[^1].M.FirstToken - 2, "another"))
        {
            return false;
        }

        Parts.Compare(results, $"\"Another\" part \"{Quote(doc, parts[^1].M.FirstToken - 1, parts[^1].M.LastToken)}\" of {w.M.Text}", w, parts, exhaustive: false);
        return true;
    }

    /// <summary>"Of the council's 15 seats, Labour won eight. The Greens took four and independents took three."</summary>
    private static void Pool(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        Sentence s = doc.Sentences[w.Sentence];
        int of = s.FirstToken;
        if (!doc.Is(of, "of") || w.M.FirstToken - of > 4 || w.M.Kind != NumberKind.Count)
        {
            return;
        }

        var parts = new List<FigureInfo>();
        for (int k = i + 1; k < infos.Length && infos[k].Paragraph == w.Paragraph && infos[k].Sentence - w.Sentence <= 2; k++)
        {
            FigureInfo p = infos[k];
            if (p.Bucket == w.Bucket && (p.Head is null || p.Head == w.Head) && doc.IsIn(p.M.FirstToken - 1, PoolVerbs))
            {
                parts.Add(p);
            }
        }

        if (parts.Count < 2)
        {
            return;
        }

        Parts.Compare(results, $"Shares of the pool \"{Quote(doc, of, w.M.LastToken)}\"", w, parts, exhaustive: false);
    }

    /// <summary>"About 900,000 voted", "Another 1.5 million have", "Seven of them": a figure that opens its sentence.</summary>
    private static bool OpensSentence(TextDocument doc, FigureInfo p, out bool another)
    {
        Sentence s = doc.Sentences[p.Sentence];
        int t = s.FirstToken;
        another = false;
        while (t < p.M.FirstToken)
        {
            if (doc.Is(t, "another"))
            {
                another = true;
            }
            else if (!(doc.IsIn(t, FigureLinks.ApproximatorWords) || doc.Is(t, "\"") || doc.Is(t, "\u201C") || doc.Is(t, "and") || doc.Is(t, "but")))
            {
                return false;
            }

            t++;
        }

        return true;
    }

    private static int NextSentenceStart(FigureInfo[] infos, int i)
    {
        for (int k = i + 1; k < infos.Length; k++)
        {
            if (infos[k].Sentence == infos[i].Sentence + 1)
            {
                return k;
            }

            if (infos[k].Sentence > infos[i].Sentence + 1)
            {
                break;
            }
        }

        return -1;
    }
}
