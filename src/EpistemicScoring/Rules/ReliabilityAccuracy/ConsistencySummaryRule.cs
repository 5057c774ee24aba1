using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>EPS305: the internal cross-checks taken together.</summary>
internal sealed class ConsistencySummaryRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ConsistencySummary,
        "Figures hold together",
        Law.ReliabilityAccuracy,
        defaultWeight: 0.3,
        "When the text states two or more relations between its figures (a repeat, a share, a change, a total, a ratio) and every one of them holds, the figures were put together with care; one finding on the whole text.")
    {
        CrossChecksFigures = true,
        CounterExamples = ["The plan costs $2 billion."],
    };

    public void Analyze(in RuleContext context)
    {
        int consistent = 0;
        int inconsistent = 0;
        foreach (NumericCheck c in context.Analysis.NumericChecks)
        {
            if (c.Kind == NumericCheckKind.Reference)
            {
                continue;
            }

            consistent += c.Status == NumericCheckStatus.Consistent ? 1 : 0;
            inconsistent += c.Status == NumericCheckStatus.Inconsistent ? 1 : 0;
        }

        if (consistent >= 2 && inconsistent == 0)
        {
            context.Report(context.Analysis.WholeText, $"All {consistent} relations stated between the figures hold");
        }
    }
}
