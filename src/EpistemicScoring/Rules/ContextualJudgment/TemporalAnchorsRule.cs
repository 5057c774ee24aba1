using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS401: dates, years and time words that place events in time.</summary>
internal sealed class TemporalAnchorsRule : IRule
{
    private static readonly FrozenSet<string> TimeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "since", "earlier", "previously", "last", "ago");

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.TemporalAnchors,
        "Events placed in time",
        Law.ContextualJudgment,
        defaultWeight: 0.25,
        "Sentences anchored by a date, a year or a time expression let a reader place events and check them; the findings add up to the share of anchored sentences.")
    {
        Examples = ["The council met [|on Tuesday|] to vote on the plan."],
        CounterExamples = ["The council met to vote on the plan."],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        int sentences = doc.Sentences.Length;
        if (sentences == 0)
        {
            return;
        }

        double strength = 3.0 / sentences;
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                bool year = doc[i].Kind == TokenKind.Number && doc[i].Length == 4 && doc.TokenText(i) is ['1' or '2', ..];
                bool word = doc[i].Kind == TokenKind.Word && doc.IsIn(i, TimeWords) && !(doc.Is(i, "march") && doc[i].IsLower);
                if (year || word)
                {
                    int first = i > sentence.FirstToken && (doc.Is(i - 1, "on") || doc.Is(i - 1, "in") || doc.Is(i - 1, "since")) ? i - 1 : i;
                    context.Report(doc.SpanOf(first, i), "Places the events in time", strength);
                    break;
                }
            }
        }
    }
}
