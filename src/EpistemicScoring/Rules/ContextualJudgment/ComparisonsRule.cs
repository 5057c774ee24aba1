using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS403: comparisons and benchmarks that give a figure its scale.</summary>
internal sealed class ComparisonsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Comparisons,
        "Comparisons and benchmarks",
        Law.ContextualJudgment,
        defaultWeight: 0.25,
        "A figure means little alone: \"compared with\", \"relative to\", \"up from\", \"the national average\", and shares, ratios and multiples (from the number pass) tell the reader how big it is. One finding per sentence that compares, adding up to the share of such sentences.")
    {
        Examples = ["Unemployment reached 6.1%, [|up from|] 5.4% a year earlier."],
        CounterExamples = ["Unemployment reached a new level."],
    };

    public void Analyze(in RuleContext context)
    {
        int count = context.Document.Sentences.Length;
        if (count == 0)
        {
            return;
        }

        var compared = new bool[count];
        foreach (DiscourseCue c in context.Analysis.Cues)
        {
            if (c.Role == CueRole.Comparison && !c.InQuote && c.Weight >= 0.8)
            {
                compared[c.Sentence] = true;
            }
        }

        double strength = Math.Min(1, 3.0 / count);
        foreach (NumberMention n in context.Analysis.Numbers)
        {
            if (n.Kind is NumberKind.Percent or NumberKind.PercentagePoints or NumberKind.Fraction or NumberKind.Ratio or NumberKind.Multiple)
            {
                int s = context.Analysis.SentenceIndexAt(n.Start);
                if (s >= 0 && !compared[s])
                {
                    compared[s] = true;
                    context.Report(n.Span, $"States a share or ratio ({n.Text})", strength);
                }
            }
        }

        foreach (DiscourseCue c in context.Analysis.Cues)
        {
            if (c.Role == CueRole.Comparison && !c.InQuote && c.Weight >= 0.8 && compared[c.Sentence])
            {
                compared[c.Sentence] = false;
                context.Report(c.Span, "Compares with a benchmark", strength);
            }
        }
    }
}
