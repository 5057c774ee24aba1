using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A whole stated first, then a list of its parts in the same or the next sentence:
/// <list type="bullet">
/// <item>a colon: "90 new cases: 55 in adults and 35 in children" (the parts make up the whole);</item>
/// <item>"either … or": "58 percent are either retired (31 percent) or self-employed (27 percent)" (they make it up);</item>
/// <item>"including A and B": "a 30-day suspension, including 12 days unpaid and 18 days of desk duty" (they fit
/// within it, and make it up when they look like a breakdown, <see cref="Parts.LooksExhaustive"/>);</item>
/// <item>"That includes A and B" opening the next sentence, the same way.</item>
/// </list>
/// </summary>
internal sealed class ListedPartsCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo w = infos[i];
            if (!w.Checkable || w.M.Value <= 0)
            {
                continue;
            }

            if (Colon(doc, infos, i, results) || EitherOr(doc, infos, i, results))
            {
                continue;
            }

            Including(doc, infos, i, results);
            ThatIncludes(doc, infos, i, results);
        }
    }

    /// <summary>"90 new cases: 55 in adults and 35 in children".</summary>
    private static bool Colon(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        int colon = -1;
        int limit = i + 1 < infos.Length ? infos[i + 1].M.FirstToken : doc.TokenCount;
        for (int t = w.M.LastToken + 1; t < limit && t <= w.M.LastToken + 4; t++)
        {
            if (doc.Is(t, ":"))
            {
                colon = t;
                break;
            }
        }

        if (colon < 0 || i + 1 >= infos.Length || infos[i + 1].Sentence != w.Sentence)
        {
            return false;
        }

        List<FigureInfo> parts = Parts.Coordinated(doc, infos, i + 1, w.Bucket);
        if (parts.Count < 2)
        {
            return false;
        }

        Parts.Compare(results, $"Breakdown after a colon \"{Quote(doc, w.M.FirstToken, colon)}\"", w, parts, exhaustive: true);
        return true;
    }

    /// <summary>"58 percent are either retired (31 percent) or self-employed (27 percent)".</summary>
    private static bool EitherOr(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        if (i + 2 >= infos.Length || infos[i + 1].Sentence != w.Sentence)
        {
            return false;
        }

        int either = -1;
        for (int t = w.M.LastToken + 1; t < infos[i + 1].M.FirstToken; t++)
        {
            if (doc.Is(t, "either"))
            {
                either = t;
            }
        }

        if (either < 0)
        {
            return false;
        }

        List<FigureInfo> parts = Parts.Coordinated(doc, infos, i + 1, w.Bucket);
        if (parts.Count != 2 || !doc.Is(parts[1].M.FirstToken - 1, "(") && !HasWord(doc, parts[0].M.LastToken + 1, parts[1].M.FirstToken, "or"))
        {
            return false;
        }

        Parts.Compare(results, $"\"Either … or\" parts of \"{Quote(doc, w.M.FirstToken, w.M.LastToken)}\"", w, parts, exhaustive: true);
        return true;
    }

    /// <summary>"a 30-day suspension, including 12 days unpaid and 18 days of desk duty".</summary>
    private static void Including(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        if (i + 2 >= infos.Length || infos[i + 1].Sentence != w.Sentence)
        {
            return;
        }

        int cue = infos[i + 1].M.FirstToken - 1;
        while (cue > w.M.LastToken && IsModifier(doc, cue))
        {
            cue--;
        }

        if (!doc.Is(cue, "including") || cue <= w.M.LastToken)
        {
            return;
        }

        List<FigureInfo> parts = Parts.Coordinated(doc, infos, i + 1, w.Bucket);
        if (parts.Count < 2 || !SameBase(w, parts))
        {
            return;
        }

        Parts.Compare(results, $"Parts \"{Quote(doc, cue, parts[^1].M.LastToken)}\"", w, parts, Parts.LooksExhaustive(w, parts));
    }

    /// <summary>"More than 2 million people have applied. That includes 1.3 million first-time applicants and 800,000 renewals."</summary>
    private static void ThatIncludes(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo w = infos[i];
        int next = i + 1;
        if (next >= infos.Length || infos[next].Sentence != w.Sentence + 1 || infos[next].Paragraph != w.Paragraph)
        {
            return;
        }

        // The whole is the one figure of its kind in the sentence before.
        for (int k = i - 1; k >= 0 && infos[k].Sentence == w.Sentence; k--)
        {
            if (infos[k].Bucket == w.Bucket)
            {
                return;
            }
        }

        Sentence s = doc.Sentences[infos[next].Sentence];
        int t = s.FirstToken;
        if (doc.Is(t, "\"") || doc.Is(t, "\u201C"))
        {
            t++;
        }

        bool cue = (doc.Is(t, "that") || doc.Is(t, "this") || doc.Is(t, "those") || doc.Is(t, "these") || doc.Is(t, "the") && doc.Is(t + 1, "total"))
            && (doc.Is(t + 1, "includes") || doc.Is(t + 1, "include") || doc.Is(t + 1, "included") || doc.Is(t + 2, "includes") || doc.Is(t + 2, "included"));
        if (!cue)
        {
            return;
        }

        List<FigureInfo> parts = Parts.Coordinated(doc, infos, next, w.Bucket);
        if (parts.Count < 2 || !SameBase(w, parts))
        {
            return;
        }

        int cueEnd = doc.Is(t + 1, "total") ? t + 2 : t + 1;
        Parts.Compare(results, $"\"{Quote(doc, t, cueEnd)}\" parts of {w.M.Text}", w, parts, Parts.LooksExhaustive(w, parts));
    }

    /// <summary>Percentages are parts of a percentage only over the same base ("62% of Democrats" is not part of "38% of voters").</summary>
    private static bool SameBase(FigureInfo whole, List<FigureInfo> parts)
    {
        if (whole.M.Kind != NumberKind.Percent)
        {
            return true;
        }

        foreach (FigureInfo p in parts)
        {
            if (p.M.Subject is not null && p.M.Subject != whole.M.Subject)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsModifier(TextDocument doc, int t) =>
        doc.IsIn(t, FigureLinks.ApproximatorWords) || doc.Is(t, "an") || doc.Is(t, "a") || doc.Is(t, "some");

    private static bool HasWord(TextDocument doc, int from, int to, string word)
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
