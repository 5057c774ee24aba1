using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS110: a named source confirms or corroborates a statement.</summary>
internal sealed class SourceCorroborationRule : IRule
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Confirming = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "confirmed", "confirms", "confirm", "corroborated", "corroborates", "verified", "verifies", "echoed", "echoes", "agreed", "agrees");

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SourceCorroboration,
        "Corroborated by a named source",
        Law.Truthfulness,
        defaultWeight: 0.2,
        "A named person or body that confirms, verifies or echoes a statement makes it more likely to be true than one voice alone.")
    {
        Examples = ["The port was closed on Monday. [|The Harbour Authority|] confirmed the closure."],
        CounterExamples = ["The port was closed on Monday. Officials confirmed the closure."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (SourceMention s in context.Analysis.Sources)
        {
            if (s.Named && s.Cue is { } cue && Confirming.Contains(cue.Text))
            {
                context.Report(s.Span, $"{s.Text} {cue.Text} the statement");
            }
        }
    }
}
