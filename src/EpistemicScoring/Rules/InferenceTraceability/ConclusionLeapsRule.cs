using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS504: conclusions that leap past the sourced facts beside them.</summary>
internal sealed class ConclusionLeapsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ConclusionLeaps,
        "Conclusion leaps past the facts",
        Law.InferenceTraceability,
        defaultWeight: -0.4,
        "True, sourced facts do not make a sound inference: a conclusion beside them that shares almost none of their content words, or that claims certainty (boosters) or universality (\"all\", \"always\", \"nobody\") the facts cannot give, leaps. One leap outweighs a text's worth of traceable facts, so a well-sourced text can still earn a low Law 5.")
    {
        Examples =
        [
            "The city recorded 41 burglaries in May, up from 35 in April, police said. [|This proves that the new mayor has lost control of the streets and that every neighbourhood is unsafe.|]",
        ],
        CounterExamples =
        [
            "The city recorded 41 burglaries in May, up from 35 in April, police said. This means burglaries rose by about a sixth in a month.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (InferenceLink link in context.Analysis.Links)
        {
            if (!link.Leaps)
            {
                continue;
            }

            SentenceInfo s = context.Analysis.Sentences[link.Sentence];
            string why = link.Boosters.Count > 0 ? $"claims certainty (\"{link.Boosters[0].Text}\")"
                : link.Sweeping ? "generalises sweepingly"
                : "shares almost nothing with";
            string message = link.Boosters.Count > 0 || link.Sweeping
                ? $"Conclusion in sentence {link.Sentence + 1} {why} beyond {ConclusionSupportRule.Sentences(link.Supports)}"
                : $"Conclusion in sentence {link.Sentence + 1} {why} {ConclusionSupportRule.Sentences(link.Supports)} beside it";
            context.Report(s.Span, message, link.Hedged ? 0.5 : 1);
        }
    }
}
