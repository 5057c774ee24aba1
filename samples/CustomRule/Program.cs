// The README's extension example: a custom rule (with its own ID prefix), a user lexicon entry, and registration through DI.
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
    .AddRule<ReaderAddressRule>();

using ServiceProvider provider = services.BuildServiceProvider();
IEpistemicScorer scorer = provider.GetRequiredService<IEpistemicScorer>();
EpistemicReport report = scorer.Score("A well-placed source said the merger is off. Ask yourself who gains: your pension fund does not. Shares fell 4% on Monday, the exchange said.");
foreach (Evidence e in report.Laws.SelectMany(static l => l.Evidence))
{
    Console.WriteLine($"{e.RuleId} {e.Weight,6:0.00} {e.Message}");
}

/// <summary>
/// Flags "you" and "your" in the writer's own voice: a report tells its reader what happened, an argued piece
/// addresses them ("ask yourself", "you will see"). No built-in rule looks for this. The ID has the vendor's own
/// prefix, as third-party rules should.
/// </summary>
internal sealed class ReaderAddressRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new("ACME001", "Addresses the reader", Law.InferenceTraceability, -0.1,
        "'You', 'your' and 'yourself' in the writer's own voice: the text argues with the reader instead of reporting.")
    {
        Examples = ["Think what [|you|] would do with a spare day."],
        CounterExamples = ["\"You will see results,\" the mayor said."],
        PerWriterWords = true,
    };

    public void Analyze(in RuleContext context)
    {
        var doc = context.Document;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if ((doc.Is(i, "you") || doc.Is(i, "your") || doc.Is(i, "yourself")) && !doc.IsInQuote(i))
            {
                context.Report(doc[i].Span, "Addresses the reader");
            }
        }
    }
}
