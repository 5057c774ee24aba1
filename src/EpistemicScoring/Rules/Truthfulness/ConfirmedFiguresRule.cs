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
        ExampleFacts = [new Analysis.ReferenceFact { Key = "harbor seawall", Value = 48_000_000, Unit = "USD", Tolerance = 0.01 }],
        Examples = ["The harbor seawall will cost [|$48 million|], the council said."],
        CounterExamples = ["The plan costs $2 billion.", "The harbor seawall will cost $60 million, the council said."],
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
