using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS102: figures that disagree with each other or with supplied reference facts.</summary>
internal sealed class ContradictedFactsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ContradictedFacts,
        "Contradicted figures",
        Law.Truthfulness,
        defaultWeight: -0.45,
        "A figure contradicted by a reference fact, or two statements of one quantity that disagree, mean that at least one statement in the text is false.")
    {
        ExampleFacts = [new Analysis.ReferenceFact { Key = "harbor seawall", Value = 48_000_000, Unit = "USD", Tolerance = 0.01 }],
        Examples = ["The harbor seawall will cost [|$60 million|], the council said."],
        CounterExamples = ["The fund holds $350 billion. Officials confirmed the $350 billion figure on Monday.", "The harbor seawall will cost $48 million, the council said."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (NumericCheck check in context.Analysis.NumericChecks)
        {
            if (check.Status is NumericCheckStatus.Contradicted or NumericCheckStatus.Inconsistent && check.Spans.Count > 0)
            {
                SpanRef first = check.Spans[^1];
                context.Report(new TextSpan(first.Start, first.Length), check.Message, check.Status == NumericCheckStatus.Contradicted ? 1.0 : 0.8);
            }
        }
    }
}
