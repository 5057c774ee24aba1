using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS501: certainty boosters ("clearly", "undoubtedly") in the writer's own claims that nothing supports.</summary>
internal sealed class UnsupportedBoostersRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnsupportedBoosters,
        "Overclaiming",
        Law.InferenceTraceability,
        defaultWeight: -0.3,
        "A booster in a sentence of the writer's own that carries no figure and no attribution, or in a conclusion with no stated support, claims more certainty than the text shows. The finding is as strong as the booster (\"undoubtedly\" 1, \"of course\" 0.6); the weak ones (\"in fact\", and the absolutes \"always\"/\"never\", which Law 4 counts as sweeping generalisations) are left out. Boosters inside quotations belong to the speaker and do not count. Counted per 300 words of the writer's prose.")
    {
        // Overclaiming is what an opinion column's readers most need to see.
        ProfileMultipliers = new Dictionary<TextProfile, double> { [TextProfile.Opinion] = 1.2 },
        PerWriterWords = true,
        Examples = ["The plan will [|clearly|] fail."],
        CounterExamples = ["\"The plan will clearly fail,\" the senator said."],
    };

    public void Analyze(in RuleContext context)
    {
        InferenceLink[] links = context.Analysis.Links;
        foreach (HedgeCue cue in context.Analysis.Hedges)
        {
            if (cue.Kind != HedgeKind.Booster || cue.InQuote || cue.Weight < InferenceLinks.StrongBooster)
            {
                continue;
            }

            int s = context.Analysis.SentenceIndexAt(cue.Start);
            ClaimType type = s >= 0 ? context.Analysis.Sentences[s].ClaimType : ClaimType.None;
            bool supported = type is ClaimType.Attributed or ClaimType.Factual;
            foreach (InferenceLink link in links)
            {
                if (link.Sentence == s)
                {
                    supported = !link.Unsupported && !link.Leaps;
                }
            }

            if (!supported && type != ClaimType.None)
            {
                context.Report(cue.Span, $"\"{cue.Text}\" in sentence {s + 1} asserts certainty the text does not support", cue.Weight);
            }
        }
    }
}
