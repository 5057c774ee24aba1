using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS406: sweeping generalisations in the writer's own judgements and conclusions.</summary>
internal sealed class SweepingGeneralisationsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SweepingGeneralisations,
        "Sweeping generalisations",
        Law.ContextualJudgment,
        defaultWeight: -0.25,
        "\"All\", \"every\", \"always\", \"nobody\", \"everyone\" in a judgement, conclusion or prediction of the writer's own, with no scope qualifier in the sentence, claim a reach no evidence gives. Quotations, attributed statements and sentences with a figure are left alone: \"all 12 members voted\" is a count, not a generalisation. Counted per 300 words of the writer's prose, so the same habit weighs the same in a long and a short text.")
    {
        PerWriterWords = true,
        Examples = ["Cities [|always|] waste the money they get."],
        CounterExamples = ["All 12 members voted for the plan on Tuesday, the clerk said.", "Cities in some cases waste the money they get."],
    };

    public void Analyze(in RuleContext context)
    {
        DiscourseCue[] cues = context.Analysis.Cues;
        var scoped = new bool[context.Document.Sentences.Length];
        foreach (DiscourseCue c in cues)
        {
            if (c.Role == CueRole.Scope && c.Weight >= 0.6)
            {
                scoped[c.Sentence] = true;
            }
        }

        int last = -1;
        foreach (DiscourseCue c in cues)
        {
            if (c.Role != CueRole.Sweeping || c.InQuote || scoped[c.Sentence] || c.Sentence == last)
            {
                continue;
            }

            ClaimType type = context.Analysis.Sentences[c.Sentence].ClaimType;
            if (type is ClaimType.Evaluation or ClaimType.Inference or ClaimType.Prediction && !FollowedByFigure(context, c))
            {
                context.Report(c.Span, $"Sweeping generalisation in sentence {c.Sentence + 1} (\"{c.Span.ToString(context.Text)}\")", c.Weight);
                last = c.Sentence;
            }
        }
    }

    private static bool FollowedByFigure(in RuleContext context, DiscourseCue c)
    {
        int next = c.FirstToken + c.TokenCount;
        return next < context.Document.TokenCount && (context.Document[next].Kind == Text.TokenKind.Number || context.Document.Is(next, "the") || context.Document.Is(next, "of"));
    }
}
