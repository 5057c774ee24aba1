using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>EPS310: figures stated in a sentence that attributes them to a named source.</summary>
internal sealed class AttributedFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.AttributedFigures,
        "Figures attributed to a named source",
        Law.ReliabilityAccuracy,
        defaultWeight: 0.25,
        "A quantity a reader can trace to a named person, body or document (\"the Bank of Korea said exports fell 4.2%\") can be checked; dates, years and ordinals do not count.")
    {
        Examples = ["The Bank of Korea said exports fell [|4.2%|] in May."],
        CounterExamples = ["Exports fell 4.2% in May, officials said."],
    };

    public void Analyze(in RuleContext context) => FigureAttribution.Report(context, named: true);
}

/// <summary>EPS311: figures whose only attribution is to unnamed people, vague groups or unnamed documents.</summary>
internal sealed class UnnamedFiguresRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnnamedFigures,
        "Figures attributed only to unnamed sources",
        Law.ReliabilityAccuracy,
        defaultWeight: -0.15,
        "A figure credited to \"officials\" or \"a report\" cannot be traced to where it came from.")
    {
        Examples = ["Exports fell [|4.2%|] in May, officials said."],
        CounterExamples = ["The Bank of Korea said exports fell 4.2% in May."],
    };

    public void Analyze(in RuleContext context) => FigureAttribution.Report(context, named: false);
}

/// <summary>Pairs figures with the attributions of their sentence.</summary>
internal static class FigureAttribution
{
    public static void Report(in RuleContext context, bool named)
    {
        var analysis = context.Analysis;
        int sentences = analysis.Sentences.Count;
        if (sentences == 0 || analysis.Attributions.Count == 0)
        {
            return;
        }

        // 1 = only unnamed attributions, 2 = at least one named.
        var state = new byte[sentences];
        foreach (SourceMention s in analysis.Attributions)
        {
            int i = analysis.SentenceIndexAt(s.Cue?.Start ?? s.Start);
            if (i >= 0)
            {
                state[i] = s.Named && s.Key != "author" ? (byte)2 : Math.Max(state[i], (byte)1);
            }
        }

        foreach (NumberMention n in analysis.Numbers)
        {
            if (n.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Time or NumberKind.Ordinal or NumberKind.Other
                || FigureSourcing.DescribesNoFigure(analysis, n))
            {
                continue;
            }

            int i = analysis.SentenceIndexAt(n.Start);
            if (i < 0)
            {
                continue;
            }

            if (named && state[i] == 2)
            {
                context.Report(n.Span, $"The figure {n.Text} is attributed to a named source", 0.5);
            }
            else if (!named && state[i] == 1)
            {
                context.Report(n.Span, $"The figure {n.Text} is attributed only to an unnamed source", 0.5);
            }
        }
    }
}
