using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS506: the writer hedges conclusions the text cannot fully support.</summary>
internal sealed class CalibratedHedgingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.CalibratedHedging,
        "Uncertainty stated",
        Law.InferenceTraceability,
        defaultWeight: 0.1,
        "A conclusion or prediction that lacks full support but is hedged by the writer (\"may\", \"probably\", \"it is unclear whether\") tells the reader how far to trust it. Hedges inside quotations belong to the speaker and do not count.")
    {
        Examples = ["Turnout in the district was the lowest on record. [|The drop may reflect the storm that closed two polling stations.|]"],
        CounterExamples = ["Turnout was low. The drop reflects voter anger."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (InferenceLink link in context.Analysis.Links)
        {
            if (link.Hedged && (link.Unsupported || link.Leaps))
            {
                SentenceInfo s = context.Analysis.Sentences[link.Sentence];
                context.Report(s.Span, $"Hedges the conclusion in sentence {link.Sentence + 1}, which it cannot fully support");
            }
        }
    }
}
