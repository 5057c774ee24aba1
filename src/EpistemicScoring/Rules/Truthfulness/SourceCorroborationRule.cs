using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS110: a named source confirms or corroborates a statement.</summary>
internal sealed class SourceCorroborationRule : IRule
{
    private const string WordFile = "rules-corroboration-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private static readonly FrozenSet<string> Confirming = EmbeddedData.Class(Words, WordFile, "confirming");

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
        foreach (SourceMention s in context.Analysis.Attributions)
        {
            if (s.Named && s.Cue is { } cue && Confirming.Contains(cue.Text))
            {
                context.Report(s.Span, $"{s.Text} {cue.Text} the statement");
            }
        }
    }
}
