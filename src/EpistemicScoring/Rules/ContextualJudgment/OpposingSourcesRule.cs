using EpistemicScoring.Claims;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS407: sources that answer, deny or dispute one another.</summary>
internal sealed class OpposingSourcesRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.OpposingSources,
        "Opposing sources heard",
        Law.ContextualJudgment,
        defaultWeight: 0.3,
        "A reply between parties in the writer's own words (\"denied\", \"disputed\", \"countered\", \"rejected\") shows that the other side was asked and heard, not just mentioned; so does a party that \"declined to comment\" or \"did not respond to a request for comment\": the writer asked. At most four findings per text.")
    {
        Examples =
        [
            "The mayor said the plan would save money. The union [|disputed|] the figures.",
            "The mayor said the plan would save money. The contractor [|declined to comment|].",
        ],
        CounterExamples = ["The mayor said the plan would save money."],
    };

    public void Analyze(in RuleContext context)
    {
        int reported = 0;
        foreach (DiscourseCue c in context.Analysis.Cues)
        {
            if (c.Role == CueRole.Rebuttal && !c.InQuote && reported < 4)
            {
                context.Report(c.Span, "The other side answers, or was asked", c.Weight);
                reported++;
            }
        }
    }
}
