using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS402: more than one side: contrast markers and several distinct sources.</summary>
internal sealed class OtherSidesRule : IRule
{
    private static readonly FrozenSet<string> ContrastWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "however", "but", "although", "though", "whereas", "meanwhile", "nevertheless", "critics", "opponents", "countered", "disputed", "disagreed");

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.OtherSides,
        "More than one side",
        Law.ContextualJudgment,
        defaultWeight: 0.3,
        "Contrast markers (however, but, critics) and attributions to three or more distinct sources show that the text weighs more than one view; a text with neither gets a small deduction.")
    {
        Examples = ["The mayor praised the plan. [|However|], the council's finance chair called it reckless."],
        CounterExamples = ["The mayor praised the plan."],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        int contrasts = 0;
        for (int i = 0; i < doc.TokenCount && contrasts < 6; i++)
        {
            if (doc[i].Kind == TokenKind.Word && !doc.IsInQuote(i) && doc.IsIn(i, ContrastWords))
            {
                context.Report(doc[i].Span, "Weighs another view", 0.5);
                contrasts++;
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceMention s in context.Analysis.Sources)
        {
            if (s.Kind != SourceKind.Pronoun)
            {
                keys.Add(s.Key);
            }
        }

        if (keys.Count >= 3)
        {
            context.Report(context.Analysis.Sources[0].Span, $"Draws on {keys.Count} distinct sources");
        }
        else if (contrasts == 0 && doc.Sentences.Length >= 5)
        {
            context.Report(context.Analysis.WholeText, "Presents a single view: no contrast and fewer than three distinct sources", -1);
        }
    }
}
