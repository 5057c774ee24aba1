using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS208: several independent named outlets or bodies are cited.</summary>
internal sealed class IndependentCorroborationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.IndependentCorroboration,
        "Corroboration by independent named bodies",
        Law.SourceReferencing,
        defaultWeight: 0.25,
        "Two or more different named organisations, outlets or documents (not people) cited as sources: the account does not rest on one institution's word.")
    {
        Examples = ["[|Reuters|] reported the port was closed. The Associated Press said ships were turned away."],
        CounterExamples = ["Reuters reported the port was closed. Reuters later said ships were turned away."],
    };

    public void Analyze(in RuleContext context)
    {
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        SourceMention? first = null;
        foreach (SourceMention s in context.Analysis.Sourcing)
        {
            if (s.Kind is SourceKind.NamedOrganization or SourceKind.NamedDocument && bodies.Add(s.Key))
            {
                first ??= s;
            }
        }

        if (bodies.Count >= 2 && first is not null)
        {
            context.Report(first.Span, $"{bodies.Count} independent named bodies cited", bodies.Count / 2.0);
        }
    }
}
