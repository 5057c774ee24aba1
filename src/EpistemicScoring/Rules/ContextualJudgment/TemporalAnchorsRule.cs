using EpistemicScoring.Claims;
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
        "Sentences anchored by a date, a year or a time of day (from the number pass) or a time expression (\"on Tuesday\", \"last week\", \"since 2008\", \"after the vote\") let a reader place events and check them; one finding per anchored sentence, adding up to the share of anchored sentences, and a sentence pinned to a day or an hour counts twice as much as one placed only in a year, a month or relative to another event. \"Yesterday\", \"today\", \"tonight\" and \"tomorrow\" count as coarse: they can be checked only against a dateline.")
    {
        Examples = ["The council met [|Tuesday|] to vote on the plan."],
        CounterExamples = ["The council met to vote on the plan."],
    };

    /// <summary>Strength of a sentence anchored to a day or an hour.</summary>
    private const double DayStrength = 1.5;

    /// <summary>Strength of a sentence anchored to a year, a month or a relative time.</summary>
    private const double CoarseStrength = 0.75;

    public void Analyze(in RuleContext context)
    {
        int count = context.Document.Sentences.Length;
        if (count == 0)
        {
            return;
        }

        // A day-precise anchor ("on Tuesday", "March 3") beats a coarse one ("in 2015", "last month", "after").
        var anchored = new (SpanRef Span, bool Day)?[count];
        foreach (NumberMention n in context.Analysis.Numbers)
        {
            if (n.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Time)
            {
                Mark(anchored, context.Analysis.SentenceIndexAt(n.Start), new SpanRef(n.Start, n.Length), n.Kind != NumberKind.Year);
            }
        }

        foreach (DiscourseCue c in context.Analysis.Cues)
        {
            if (c.Role == CueRole.Time && c.Weight >= 0.6)
            {
                Mark(anchored, c.Sentence, new SpanRef(c.Span.Start, c.Span.Length), c.Weight >= 1 && IsDay(context.Document.Folded.AsSpan(c.Span.Start, c.Span.Length)));
            }
        }

        double unit = 3.0 / count;
        foreach ((SpanRef Span, bool Day)? a in anchored)
        {
            if (a is { } anchor)
            {
                context.Report(
                    new TextSpan(anchor.Span.Start, anchor.Span.Length),
                    anchor.Day ? "Places the events on a day" : "Places the events in time",
                    anchor.Day ? DayStrength * unit : CoarseStrength * unit);
            }
        }
    }

    private static void Mark((SpanRef Span, bool Day)?[] anchored, int sentence, SpanRef span, bool day)
    {
        if (sentence >= 0 && (anchored[sentence] is null || (day && !anchored[sentence]!.Value.Day)))
        {
            anchored[sentence] = (span, day);
        }
    }

    /// <summary>A weekday ("on Tuesday"); "today", "yesterday", "tonight" and "tomorrow" hang on the unstated publication date.</summary>
    private static bool IsDay(ReadOnlySpan<char> cue) =>
        cue.EndsWith("day", StringComparison.OrdinalIgnoreCase)
        && !cue.Equals("today", StringComparison.OrdinalIgnoreCase)
        && !cue.Equals("yesterday", StringComparison.OrdinalIgnoreCase);
}
