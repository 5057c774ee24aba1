using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS104: hearsay markers in the writer's own voice ("reportedly", "allegedly", "according to reports").</summary>
internal sealed class HearsayRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Hearsay,
        "Hearsay",
        Law.Truthfulness,
        defaultWeight: -0.4,
        "\"Reportedly\", \"allegedly\", \"rumored\" and \"according to reports\" pass on a claim second-hand without saying who made it, so the reader cannot go to the first-hand account. They are counted per 300 words of the writer's prose; inside quotations they are the speaker's.")
    {
        PerWriterWords = true,
        Examples = ["The governor [|reportedly|] met the contractor twice before the tender closed."],
        CounterExamples = ["The governor met the contractor twice before the tender closed, according to the ethics office."],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (HedgeCue cue in context.Analysis.Hedges)
        {
            if (cue.Kind == HedgeKind.AttributionHedge && !cue.InQuote)
            {
                context.Report(cue.Span, $"\"{cue.Text}\" passes the claim on second-hand");
            }
        }
    }
}
