using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>EPS301: figures checked against each other inside the text.</summary>
internal sealed class InconsistentFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.InconsistentFigures,
        "Figures consistent inside the text",
        Law.ReliabilityAccuracy,
        defaultWeight: -0.5,
        "A figure stated twice with different values, or a percentage, change or total that does not follow from the figures beside it, lowers the law; each relation that holds raises it by a third as much.")
    {
        CrossChecksFigures = true,
        CounterExamples = ["The plan costs $2 billion and will be paid over ten years."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (NumericCheck check in context.Analysis.NumericChecks)
        {
            if (check.Kind == NumericCheckKind.Reference || check.Spans.Count == 0)
            {
                continue;
            }

            SpanRef last = check.Spans[^1];
            var span = new TextSpan(last.Start, last.Length);
            if (check.Status == NumericCheckStatus.Inconsistent)
            {
                context.Report(span, check.Message);
            }
            else if (check.Status == NumericCheckStatus.Consistent)
            {
                context.Report(span, check.Message, -1.0 / 3);
            }
        }
    }
}
