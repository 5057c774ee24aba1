using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS505: the share of the writer's assertions that rest on a source or a figure.</summary>
internal sealed class TraceableClaimsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.TraceableClaims,
        "Claims traceable to sources or figures",
        Law.InferenceTraceability,
        defaultWeight: 0.15,
        "One finding whose strength is the share of the text's claims (questions and fragments aside) that are attributed or carry a figure, date or name. It is kept small on purpose: traceable facts are the ground for inference, not a sound inference in themselves, so a single leap (EPS504) outweighs it.")
    {
        Examples = ["[|The council approved the budget on Tuesday, the mayor said.|] It passed 7 to 2 after a long debate over the transit plan."],
        CounterExamples = ["Nothing here can be checked. It is all opinion. Everything is fine."],
    };

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SentenceInfo> sentences = context.Analysis.Sentences;
        int claims = 0;
        int traceable = 0;
        int first = -1;
        foreach (SentenceInfo s in sentences)
        {
            if (s.ClaimType is ClaimType.None or ClaimType.Question)
            {
                continue;
            }

            claims++;
            if (s.ClaimType is ClaimType.Attributed or ClaimType.Factual)
            {
                traceable++;
                first = first < 0 ? s.Start : first;
            }
        }

        if (traceable > 0)
        {
            SentenceInfo firstSentence = sentences[context.Analysis.SentenceIndexAt(first)];
            double share = (double)traceable / claims;
            context.Report(firstSentence.Span, FormattableString.Invariant($"{traceable} of {claims} claims rest on a source, figure, date or name"), share);
        }
    }
}
