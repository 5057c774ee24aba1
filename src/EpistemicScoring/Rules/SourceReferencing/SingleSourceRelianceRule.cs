using System.Globalization;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS205: most of the attributions go to one source.</summary>
internal sealed class SingleSourceRelianceRule : IRule
{
    /// <summary>Share of attributions above which the text leans on one source (two in three).</summary>
    internal const double RelianceShare = 0.66;

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SingleSourceReliance,
        "Reliance on a single source",
        Law.SourceReferencing,
        defaultWeight: -0.3,
        "When four or more attributions are made and two in three of them go to the same source, the reader hears one voice; the weight grows with the share.")
    {
        Examples = ["[|The mayor|] said the bridge was safe. The mayor added that repairs were done. The mayor said inspectors agreed. The mayor said traffic would resume."],
        CounterExamples = ["The mayor said the bridge was safe. Engineers at Delft University said repairs were done. Reuters reported traffic would resume. The transport ministry said inspectors agreed."],
    };

    public void Analyze(in RuleContext context)
    {
        SourceStats stats = SourceStats.For(context.Analysis);
        if (stats.Total < 4)
        {
            return;
        }

        double share = (double)stats.Top.Count / stats.Total;
        if (share < RelianceShare)
        {
            return;
        }

        foreach (SourceMention s in context.Analysis.Sourcing)
        {
            if (s.Key == stats.Top.Key && s.Kind != SourceKind.Pronoun)
            {
                context.Report(s.Span, string.Create(CultureInfo.InvariantCulture, $"{stats.Top.Count} of {stats.Total} attributions go to one source ({s.Text})"), share / RelianceShare);
                return;
            }
        }
    }
}
