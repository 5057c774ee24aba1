using EpistemicScoring.Analysis.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS401: dates, years and time expressions that place events in time.</summary>
internal sealed class TemporalAnchorsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.TemporalAnchors,
        "Events placed in time",
        Law.ContextualJudgment,
        defaultWeight: 0.25,
        "Sentences anchored by a date, a year or a time of day (from the number pass) or a time expression (\"on Tuesday\", \"last week\", \"since 2008\", \"after the vote\") let a reader place events and check them; one finding per anchored sentence, adding up to the share of anchored sentences.")
    {
        Examples = ["The council met [|Tuesday|] to vote on the plan."],
        CounterExamples = ["The council met to vote on the plan."],
    };

    public void Analyze(in RuleContext context)
    {
        int count = context.Document.Sentences.Length;
        if (count == 0)
        {
            return;
        }

        var anchored = new Reports.SpanRef?[count];
        foreach (NumberMention n in context.Analysis.Numbers)
        {
            if (n.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Time)
            {
                int s = context.Analysis.SentenceIndexAt(n.Start);
                if (s >= 0 && anchored[s] is null)
                {
                    anchored[s] = new SpanRef(n.Start, n.Length);
                }
            }
        }

        foreach (DiscourseCue c in DiscourseCues.Of(context.Document, context.Lexicons))
        {
            if (c.Role == CueRole.Time && c.Weight >= 0.6 && anchored[c.Sentence] is null)
            {
                anchored[c.Sentence] = new SpanRef(c.Span.Start, c.Span.Length);
            }
        }

        double strength = 3.0 / count;
        foreach (SpanRef? a in anchored)
        {
            if (a is not null)
            {
                context.Report(new TextSpan(a.Start, a.Length), "Places the events in time", strength);
            }
        }
    }
}
