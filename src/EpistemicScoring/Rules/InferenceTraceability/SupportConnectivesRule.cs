using EpistemicScoring.Claims;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS503: conclusions tied to their grounds in the same sentence ("because", "given that", "as shown by").</summary>
internal sealed class SupportConnectivesRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SupportConnectives,
        "Reasons given",
        Law.InferenceTraceability,
        defaultWeight: 0.2,
        "A conclusion or prediction that names its grounds with a connective (\"because\", \"given that\", \"as shown by\", \"based on\") shows the reader the step from evidence to claim. Grounds with a figure, a source or a name count fully; a bare reason counts half.")
    {
        Examples = ["Rents will keep rising [|because|] the city approved only 40 new homes in 2023."],
        CounterExamples = ["Rents will keep rising."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (InferenceLink link in context.Analysis.Links)
        {
            if (link.Connective is { } span)
            {
                context.Report(span, link.Grounded ? $"Names checkable grounds for the conclusion in sentence {link.Sentence + 1}" : $"Gives a reason for the conclusion in sentence {link.Sentence + 1}, without a figure or source", link.Grounded ? 1 : 0.5);
            }
        }
    }
}
