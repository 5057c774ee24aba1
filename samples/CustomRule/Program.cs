// The README's extension example: a custom rule, a user lexicon entry, and registration through DI.
using EpistemicScoring;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddEpistemicScoring(options =>
    {
        options.Thresholds.High = 70;
        options.MinWords = 10;
        options.Rule(RuleIds.NoSources).Weight = -0.8;
        options.LexiconAdditions["anonymous-sources"] = [new LexiconEntry("a well-placed source", 1, "anonymous")];
    })
    .AddRule<ExclamationRule>();

using ServiceProvider provider = services.BuildServiceProvider();
EpistemicScorer scorer = provider.GetRequiredService<EpistemicScorer>();
EpistemicReport report = scorer.Score("A well-placed source said the merger is off! Shares fell 4% on Monday, the exchange said.");
foreach (Evidence e in report.Laws.SelectMany(static l => l.Evidence))
{
    Console.WriteLine($"{e.RuleId} {e.Weight,6:0.00} {e.Message}");
}

/// <summary>Flags exclamation marks outside quotations: a sign of an argued, not reported, text.</summary>
internal sealed class ExclamationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new("EPS590", "Exclamations", Law.InferenceTraceability, -0.1,
        "Exclamation marks in the writer's own voice.")
    {
        Examples = ["The merger is off[|!|]"],
    };

    public void Analyze(in RuleContext context)
    {
        for (int i = 0; i < context.Document.TokenCount; i++)
        {
            if (context.Document.Is(i, "!") && !context.Document.IsInQuote(i))
            {
                context.Report(context.Document[i].Span, "Exclamation in the writer's voice");
            }
        }
    }
}
