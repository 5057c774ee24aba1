using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS103: the writer's own evaluations that carry no figure, date or source.</summary>
internal sealed class UnsupportedAssertionsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnsupportedAssertions,
        "Assertions with nothing to check",
        Law.Truthfulness,
        defaultWeight: -0.25,
        "The counterpart of EPS101: a sentence of the writer's own judgement with no figure, date or attributed source cannot be checked. The findings add up to the share of such sentences, so a text of reported facts with some comment is not faulted, one made of assertion is.")
    {
        // Judgements in the writer's own voice are an opinion column's genre, not a lapse.
        ProfileMultipliers = new Dictionary<TextProfile, double> { [TextProfile.Opinion] = 0.5 },
        Examples = ["The council met on Tuesday. [|The whole plan is a disgrace from start to finish.|]"],
        CounterExamples = ["The council approved $4 million on Tuesday, the clerk said."],
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
            if (s.ClaimType == ClaimType.Evaluation)
            {
                context.Report(s.Span, "The writer's own judgement, with no figure, date or source to check", strength);
            }
        }
    }
}
