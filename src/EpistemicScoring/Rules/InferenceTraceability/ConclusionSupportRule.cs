using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS502: conclusions, and whether a sourced or figure-backed sentence stands next to them.</summary>
internal sealed class ConclusionSupportRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ConclusionSupport,
        "Conclusions traced to evidence",
        Law.InferenceTraceability,
        defaultWeight: 0.3,
        "A conclusion or prediction with an attributed or figure-backed sentence beside it can be traced; one with neither leaps, and counts against the law.")
    {
        Examples = ["Exports fell 12% in March, the ministry said. [|This means the recovery has stalled.|]"],
        CounterExamples = ["Exports fell 12% in March, the ministry said."],
    };

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SentenceInfo> sentences = context.Analysis.Sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            SentenceInfo s = sentences[i];
            if (s.ClaimType is not (ClaimType.Inference or ClaimType.Prediction))
            {
                continue;
            }

            bool supported = IsSupport(sentences, i - 1) || IsSupport(sentences, i + 1);
            if (supported)
            {
                context.Report(s.Span, "Conclusion with sourced or figure-backed support beside it");
            }
            else
            {
                context.Report(s.Span, "Conclusion with no stated support nearby", s.Uncertain ? -0.5 : -1);
            }
        }
    }

    private static bool IsSupport(IReadOnlyList<SentenceInfo> sentences, int i) =>
        i >= 0 && i < sentences.Count && sentences[i].ClaimType is ClaimType.Attributed or ClaimType.Factual;
}
