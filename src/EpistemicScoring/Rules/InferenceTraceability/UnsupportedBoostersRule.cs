using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS501: certainty boosters ("clearly", "undoubtedly") in the writer's own unsupported claims.</summary>
internal sealed class UnsupportedBoostersRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnsupportedBoosters,
        "Overclaiming",
        Law.InferenceTraceability,
        defaultWeight: -0.3,
        "A booster in a sentence of the writer's own that carries no figure and no attribution claims more certainty than the text shows. Boosters inside quotations belong to the speaker and do not count.")
    {
        Examples = ["The plan will [|clearly|] fail."],
        CounterExamples = ["\"The plan will clearly fail,\" the senator said."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (HedgeCue cue in context.Analysis.Hedges)
        {
            if (cue.Kind != HedgeKind.Booster || cue.InQuote)
            {
                continue;
            }

            int s = context.Analysis.SentenceIndexAt(cue.Start);
            ClaimType type = s >= 0 ? context.Analysis.Sentences[s].ClaimType : ClaimType.None;
            if (type is not (ClaimType.Attributed or ClaimType.Factual))
            {
                context.Report(cue.Span, $"\"{cue.Text}\" asserts certainty the text does not support");
            }
        }
    }
}
