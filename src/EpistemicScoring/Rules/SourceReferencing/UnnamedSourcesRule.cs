using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>
/// EPS202: attributions to unnamed people, vague groups or unnamed documents. Unnamed members of the public quoted
/// as witnesses or passers-by ("a cashier said") are left out: their names would add little to a reader's check.
/// </summary>
internal sealed class UnnamedSourcesRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnnamedSources,
        "Unnamed sources",
        Law.SourceReferencing,
        defaultWeight: -0.35,
        "Each attribution a reader cannot follow up counts against the law, in proportion to its share of all attributions; a stated reason for anonymity halves the weight. Unnamed members of the public quoted as witnesses or passers-by (\"a cashier said\", \"neighbours said\") do not count: they are not officials whose names are withheld.")
    {
        Examples = ["[|Officials|] said the talks had stalled."],
        CounterExamples = ["Maria Lopez, the city's budget director, said the talks had stalled.", "A cashier at the corner shop said the shelves were empty by noon."],
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
            if (!s.Named && s.Kind != SourceKind.Pronoun && !s.OrdinaryPerson)
            {
                string reason = s.AnonymityReason is not null ? " (a reason for anonymity is given)" : string.Empty;
                context.Report(s.Span, $"Attribution to {NamedSourcesRule.Describe(s.Kind)}: {s.Text}{reason}", s.AnonymityReason is not null ? strength / 2 : strength);
            }
        }
    }
}
