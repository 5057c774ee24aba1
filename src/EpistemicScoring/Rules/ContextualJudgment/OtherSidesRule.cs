using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS402: more than one side: contrast markers and several distinct sources.</summary>
internal sealed class OtherSidesRule : IRule
{
    private const int MaxContrasts = 6;

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.OtherSides,
        "More than one side",
        Law.ContextualJudgment,
        defaultWeight: 0.3,
        "Contrast markers of the writer's (\"however\", \"on the other hand\", \"critics\") and attributions to three or more distinct identifiable sources show that the text weighs more than one view; a text of five sentences or more with neither gets a deduction. Vague groups (\"critics say\") count here once, as a contrast marker, not as a distinct source: Law 2 already counts them as sources.")
    {
        // A wire brief is short by design: a single view is not a failing.
        ProfileMultipliers = new Dictionary<TextProfile, double> { [TextProfile.WireBrief] = 0.5 },
        Examples = ["The mayor praised the plan. [|However|], the council's finance chair called it reckless."],
        CounterExamples = ["The mayor praised the plan."],
    };

    public void Analyze(in RuleContext context)
    {
        int contrasts = 0;
        foreach (DiscourseCue c in context.Analysis.Cues)
        {
            if (c.Role == CueRole.Contrast && !c.InQuote && contrasts < MaxContrasts)
            {
                context.Report(c.Span, "Weighs another view", 0.5 * c.Weight);
                contrasts++;
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        SourceMention? first = null;
        foreach (SourceMention s in context.Analysis.Attributions)
        {
            if (s.Kind is not (SourceKind.Pronoun or SourceKind.VagueGroup))
            {
                keys.Add(s.Key);
                first ??= s;
            }
        }

        if (keys.Count >= 3 && first is not null)
        {
            context.Report(first.Span, $"Draws on {keys.Count} distinct sources");
        }
        else if (contrasts == 0 && context.Document.Sentences.Length >= 5)
        {
            context.Report(context.Analysis.WholeText, "Presents a single view: no contrast and fewer than three distinct sources", -1);
        }
    }
}
