using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS101: sentences that state checkable specifics (a figure, a date, an attributed source).</summary>
internal sealed class SpecificFactsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SpecificFacts,
        "Specific, checkable statements",
        Law.Truthfulness,
        defaultWeight: 0.25,
        "Sentences that carry a figure, a date or an attributed source can be checked; a text made of them reports rather than asserts. The findings add up to the share of such sentences.")
    {
        Examples =
        [
            "The council approved the budget on Tuesday after a long debate among its members. [|The plan sets aside $4.2 million for road repairs over two years.|] Residents at the meeting asked about the timetable for the work, which the clerk said would be published later this month. The vote passed without amendment and the mayor signed the measure that evening in her office.",
        ],
        CounterExamples =
        [
            "Everything about this is wrong. People are tired of being lied to and they will not stand for it any longer. The whole thing is a disgrace from top to bottom, and the people responsible should be ashamed of themselves. Nobody trusts a word of it anymore. It is time for this nonsense to end for good.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SentenceInfo> sentences = context.Analysis.Sentences;
        int counted = context.Analysis.ClaimSentenceCount;

        if (counted == 0)
        {
            return;
        }

        double strength = 3.0 / counted;
        foreach (SentenceInfo s in sentences)
        {
            if (s.ClaimType is ClaimType.Factual or ClaimType.Attributed)
            {
                context.Report(s.Span, s.ClaimType == ClaimType.Factual ? "States a checkable figure or date" : "Reports an attributed statement", strength);
            }
        }
    }
}
