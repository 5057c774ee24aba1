using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>EPS302: figures confirmed or contradicted by the supplied reference facts.</summary>
internal sealed class ReferenceFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ReferenceFigures,
        "Figures against reference facts",
        Law.ReliabilityAccuracy,
        defaultWeight: 0.35,
        "A figure that matches a supplied reference fact raises the law; one that contradicts it lowers the law twice as much. Figures no fact covers do not count.")
    {
        CrossChecksFigures = true,
        ExampleFacts = [new Analysis.ReferenceFact { Key = "harbor seawall", Value = 48_000_000, Unit = "USD", Tolerance = 0.01 }],
        Examples = ["The harbor seawall will cost [|$48 million|], the council said.", "The harbor seawall will cost [|$60 million|], the council said."],
        CounterExamples = ["The plan costs $2 billion."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (NumericCheck check in context.Analysis.NumericChecks)
        {
            if (check.Kind != NumericCheckKind.Reference || check.Spans.Count == 0)
            {
                continue;
            }

            var span = new TextSpan(check.Spans[0].Start, check.Spans[0].Length);
            if (check.Status == NumericCheckStatus.Confirmed)
            {
                context.Report(span, check.Message);
            }
            else if (check.Status == NumericCheckStatus.Contradicted)
            {
                context.Report(span, check.Message, -2);
            }
        }
    }
}
