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
        "Sentences that carry a figure, a date or an attributed source can be checked; a text made of them reports rather than asserts. The findings add up to the share of such sentences; a sentence checkable only by a name in it (a person, body or place) counts half.")
    {
        Examples =
        [
            "[|The council approved the budget on Tuesday after a long debate among its members.|] [|The plan sets aside $4.2 million for road repairs over two years.|] [|Residents at the meeting asked about the timetable for the work, which the clerk said would be published later this month.|] The vote passed without amendment and the mayor signed the measure that evening in her office.",
        ],
        CounterExamples =
        [
            "Everything about this is wrong. People are tired of being lied to and they will not stand for it any longer. The whole thing is a disgrace from top to bottom, and the people responsible should be ashamed of themselves. Nobody trusts a word of it anymore. It is time for this nonsense to end for good.",
        ],
    };

    /// <summary>A sentence checkable only by a name in it weighs this much of one with a figure, a date or a source.</summary>
    private const double NameOnlyStrength = 0.5;

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SentenceInfo> sentences = context.Analysis.Sentences;
        int counted = context.Analysis.ClaimSentenceCount;

        if (counted == 0)
        {
            return;
        }

        var withFigure = new bool[sentences.Count];
        foreach (NumberMention n in context.Analysis.Numbers)
        {
            int i = context.Analysis.SentenceIndexAt(n.Start);
            if (i >= 0)
            {
                withFigure[i] = true;
            }
        }

        double strength = 3.0 / counted;
        for (int i = 0; i < sentences.Count; i++)
        {
            SentenceInfo s = sentences[i];
            string? message = s.ClaimType switch
            {
                ClaimType.Attributed => "Reports an attributed statement",
                ClaimType.Factual when withFigure[i] => "States a checkable figure or date",
                ClaimType.Factual => "Names a person, body or place that can be checked",
                _ => null,
            };
            if (message is not null)
            {
                context.Report(s.Span, message, s.ClaimType == ClaimType.Factual && !withFigure[i] ? NameOnlyStrength * strength : strength);
            }
        }
    }
}
