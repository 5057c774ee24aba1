using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS201: attributions a reader could follow up: named people, bodies, documents, identified roles.</summary>
internal sealed class NamedSourcesRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.NamedSources,
        "Named sources",
        Law.SourceReferencing,
        defaultWeight: 0.1,
        "Each attribution to an identifiable source counts; together they add up to the named share of all attributions, so a text that names every source earns the most.")
    {
        Examples = ["The shortfall was smaller than feared, [|Maria Lopez|] said."],
        CounterExamples = ["Officials said the shortfall was smaller than feared."],
    };

    public void Analyze(in RuleContext context)
    {
        IReadOnlyList<SourceMention> sources = context.Analysis.Sourcing;
        if (sources.Count == 0)
        {
            return;
        }

        double strength = 3.0 / sources.Count;
        foreach (SourceMention s in sources)
        {
            if (s.Named && s.Key != "author")
            {
                context.Report(s.Span, $"Attribution to {Describe(s.Kind)}: {s.Text}", strength);
            }
        }
    }

    internal static string Describe(SourceKind kind) => kind switch
    {
        SourceKind.NamedPerson => "a named person",
        SourceKind.NamedOrganization => "a named organisation",
        SourceKind.IdentifiedRole => "an identified role",
        SourceKind.NamedDocument => "a named document",
        SourceKind.Pronoun => "a pronoun",
        SourceKind.Anonymous => "unnamed people",
        SourceKind.VagueGroup => "a vague group",
        SourceKind.UnnamedDocument => "an unnamed document",
        _ => "a source",
    };
}
