using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS204: how many different named sources the text draws on.</summary>
internal sealed class DistinctSourcesRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.DistinctSources,
        "Several distinct named sources",
        Law.SourceReferencing,
        defaultWeight: 0.25,
        "Three or more different named people, bodies or documents raise the law, more with each further one; mentions of the same source (\"Mr. Baker\", \"Dean Baker\", \"he\") count once.")
    {
        Examples = ["[|Maria Lopez|] said the plan was late. Reuters reported the cost had doubled. The Finance Ministry said it would review it."],
        CounterExamples = ["Maria Lopez said the plan was late. Lopez added that the cost had doubled."],
    };

    public void Analyze(in RuleContext context)
    {
        SourceStats stats = SourceStats.For(context.Analysis);
        if (stats.NamedKeys.Count < 3)
        {
            return;
        }

        SourceMention first = context.Analysis.Sourcing.First(static s => s.Named && s.Kind != SourceKind.Pronoun);
        context.Report(first.Span, $"{stats.NamedKeys.Count} distinct named sources", Math.Min(3, stats.NamedKeys.Count / 3.0));
    }
}
