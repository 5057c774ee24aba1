using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS207: anonymous sources with no reason given for their anonymity.</summary>
internal sealed class AnonymityReasonRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.AnonymityWithoutReason,
        "Anonymity without a stated reason",
        Law.SourceReferencing,
        defaultWeight: -0.1,
        "Editors' codes ask that the text say why a source is not named (\"because they were not authorized to speak publicly\"); each unnamed person or set of people quoted without such a reason counts once per distinct source. Members of the public quoted as witnesses or passers-by (\"one resident said\") need no such reason.")
    {
        Examples = ["[|A senior official|] said the talks had stalled."],
        CounterExamples = ["A senior official, who spoke on condition of anonymity because the talks are confidential, said they had stalled.", "One resident said the water had risen overnight."],
    };

    public void Analyze(in RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceMention s in context.Analysis.Sourcing)
        {
            if (s.Kind == SourceKind.Anonymous && !s.OrdinaryPerson && s.AnonymityReason is null && seen.Add(s.Key))
            {
                context.Report(s.Span, $"No reason given for not naming {s.Text}");
            }
        }
    }
}
