using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS111: named people quoted in their own words.</summary>
internal sealed class FirstHandSourcingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.FirstHandSourcing,
        "First-hand named sourcing",
        Law.Truthfulness,
        defaultWeight: 0.15,
        "A direct quotation from a named person is first-hand evidence of what was said; each distinct named speaker counts once.")
    {
        Examples = ["\"We will reopen the bridge in May,\" [|Maria Lopez|] said."],
        CounterExamples = ["\"We will reopen the bridge in May,\" an official said."],
    };

    public void Analyze(in RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceMention s in context.Analysis.Attributions)
        {
            if (s.Kind == SourceKind.NamedPerson && s.Content is { } content && IsQuoted(context.Document, content) && seen.Add(s.Key))
            {
                context.Report(s.Span, $"Direct quotation from {s.Text}");
            }
        }
    }

    private static bool IsQuoted(Text.TextDocument doc, SpanText content)
    {
        foreach (Text.Quotation q in doc.Quotations)
        {
            if (q.Inner.Start == content.Start)
            {
                return true;
            }
        }

        return false;
    }
}
