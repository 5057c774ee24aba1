namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS203: a text long enough to judge that attributes nothing to anyone.</summary>
internal sealed class NoSourcesRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.NoSources,
        "No attributed sources",
        Law.SourceReferencing,
        defaultWeight: -0.6,
        "A text of several sentences that attributes no statement, belief or figure to anyone asks the reader to take every claim on the writer's word.")
    {
        // An opinion column is the writer's own argument: the absence of sources is expected to a degree.
        ProfileMultipliers = new Dictionary<TextProfile, double> { [TextProfile.Opinion] = 0.75 },
        Examples = ["[|The deal is a disaster. Everyone can see it. It will ruin the country.|]"],
        CounterExamples = ["The mayor said the deal was a disaster. It will be debated on Monday. Council members expect a close vote."],
    };

    public void Analyze(in RuleContext context)
    {
        if (context.Analysis.Sourcing.Count == 0 && context.Document.Sentences.Length >= 3)
        {
            context.Report(context.Analysis.WholeText, $"No statement in {context.Document.Sentences.Length} sentences is attributed to a source");
        }
    }
}
