using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>EPS303: precise figures stated with no source in their sentence or quotation.</summary>
internal sealed class UnsourcedPreciseFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnsourcedPreciseFigures,
        "Precise figures with no source noted",
        Law.ReliabilityAccuracy,
        defaultWeight: -0.12,
        "A precise figure (\"$4,217,530\", \"37.4%\") with no attribution in its sentence gives the reader no way to check where it comes from; each such figure lowers the law a little, up to three. A figure the text repeats and credits to a named source at another mention (a headline's \"$4.2 million\" that the body attributes to the budget office) has its source.")
    {
        CounterExamples =
        [
            "The city's budget office said the plan costs $4,217,530.",
            "The transit plan costs $4,217,530. The city's budget office said the $4,217,530 covers two new depots.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        int reported = 0;
        foreach (NumberMention n in context.Analysis.Numbers)
        {
            if (reported >= 3 || !FigureSourcing.IsPrecise(n))
            {
                continue;
            }

            int token = context.Document.TokenAtOrAfter(n.Start);
            if (token < context.Document.TokenCount && (context.Document.IsInQuote(token) || context.Analysis.IsLayout(context.Document.SentenceOf(token))))
            {
                continue;
            }

            if (!FigureSourcing.HasAttribution(context.Analysis, n) && !FigureSourcing.NamedElsewhere(context.Analysis, n))
            {
                context.Report(n.Span, $"The precise figure {n.Text} has no source in its sentence");
                reported++;
            }
        }
    }
}
