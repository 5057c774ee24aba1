using EpistemicScoring.Claims;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>
/// The shape shared by the Law 4 rules that reward a kind of context cue: one finding per sentence that holds a cue of
/// the role, outside quotations, each worth <c>3 / sentences</c> so that the findings add up to the share of sentences
/// that give that context (the rule cap keeps a text full of them from dominating).
/// </summary>
internal static class CueShareRule
{
    public static int Report(in RuleContext context, CueRole role, string message, double minWeight = 0.6)
    {
        int count = context.Document.Sentences.Length;
        if (count == 0)
        {
            return 0;
        }

        double strength = Math.Min(1, 3.0 / count);
        int last = -1;
        int found = 0;
        foreach (DiscourseCue c in context.Analysis.Cues)
        {
            if (c.Role == role && !c.InQuote && c.Weight >= minWeight && c.Sentence != last)
            {
                context.Report(c.Span, message, strength * c.Weight);
                last = c.Sentence;
                found++;
            }
        }

        return found;
    }
}
