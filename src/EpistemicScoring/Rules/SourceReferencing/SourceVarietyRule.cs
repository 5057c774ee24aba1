using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS206: named sources of several types (people, organisations, documents, roles).</summary>
internal sealed class SourceVarietyRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SourceVariety,
        "Variety of source types",
        Law.SourceReferencing,
        defaultWeight: 0.1,
        "Named sources of at least two types (a person and an organisation, a document and an official) let a reader check a claim more than one way.")
    {
        Examples = ["[|Maria Lopez|], the budget director, said the gap was $2 million. The State Audit Office confirmed the figure."],
        CounterExamples = ["Maria Lopez said the gap was $2 million. John Reyes said it was smaller."],
    };

    public void Analyze(in RuleContext context)
    {
        int types = 0;
        HashSet<SourceKind> kinds = SourceStats.For(context.Analysis).Kinds;
        foreach (SourceKind k in (ReadOnlySpan<SourceKind>)[SourceKind.NamedPerson, SourceKind.NamedOrganization, SourceKind.NamedDocument, SourceKind.IdentifiedRole])
        {
            types += kinds.Contains(k) ? 1 : 0;
        }

        if (types < 2)
        {
            return;
        }

        SourceMention first = context.Analysis.Sourcing.First(static s => s.Named && s.Kind != SourceKind.Pronoun);
        context.Report(first.Span, $"Named sources of {types} types", types / 2.0);
    }
}
