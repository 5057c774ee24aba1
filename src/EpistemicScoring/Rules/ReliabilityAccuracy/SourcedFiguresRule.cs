using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>EPS304: figures attributed to a named source in the same sentence.</summary>
internal sealed class SourcedFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SourcedFigures,
        "Figures attributed to a named source",
        Law.ReliabilityAccuracy,
        defaultWeight: 0.15,
        "A figure whose sentence names where it comes from (\"according to the Bank of Korea\", \"the Census Bureau said\") can be traced; each raises the law, up to five.")
    {
        CounterExamples = ["The plan costs about $2 billion."],
    };

    public void Analyze(in RuleContext context)
    {
        int reported = 0;
        foreach (NumberMention n in context.Analysis.Numbers)
        {
            if (reported >= 5 || !FigureSourcing.IsQuantity(n))
            {
                continue;
            }

            SourceMention? named = FigureSourcing.SourcesOf(context.Analysis, n).FirstOrDefault(static s => s.Named);
            if (named is not null)
            {
                context.Report(n.Span, $"{n.Text} is attributed to {named.Text}");
                reported++;
            }
        }
    }
}
