using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS120: figures that supplied reference facts confirm.</summary>
internal sealed class ConfirmedFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ConfirmedFigures,
        "Figures confirmed by the record",
        Law.Truthfulness,
        defaultWeight: 0.3,
        "A figure that matches a supplied reference fact is a true statement on the record; each raises the law. Without a fact pack the rule does not fire.")
    {
        CounterExamples = ["The plan costs $2 billion."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (NumericCheck check in context.Analysis.NumericChecks)
        {
            if (check.Status == NumericCheckStatus.Confirmed && check.Spans.Count > 0)
            {
                context.Report(new TextSpan(check.Spans[0].Start, check.Spans[0].Length), check.Message);
            }
        }
    }
}
