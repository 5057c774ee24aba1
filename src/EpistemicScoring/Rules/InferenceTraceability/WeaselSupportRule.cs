using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS507: conclusions whose only support is attributed to a vague group ("critics say", "some argue").</summary>
internal sealed class WeaselSupportRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.WeaselSupport,
        "Support from vague attributions",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "A conclusion whose only nearby support is a weasel (\"critics say\", \"many experts believe\") rests on a claim nobody can check. Law 2 counts the vague source once (EPS202); here the weasel cue counts once, as weak support.")
    {
        Examples = ["Some experts say the bridge is unsafe. [|The city will therefore have to close it.|]"],
        CounterExamples = ["The state engineer, Dana Ruiz, said the bridge is unsafe. The city will therefore have to close it."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (InferenceLink link in context.Analysis.Links)
        {
            if (link.WeaselOnly && !link.Grounded)
            {
                SentenceInfo s = context.Analysis.Sentences[link.Sentence];
                context.Report(s.Span, $"Conclusion in sentence {link.Sentence + 1} rests only on a vague attribution in {ConclusionSupportRule.Sentences(link.Supports)}");
            }
        }
    }
}
