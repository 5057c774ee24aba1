// The README's "Extending" section as a program: a custom rule with its own ID prefix, checked against its own
// examples; the scorer built twice with it, once through the builder (a rule removed, a weight changed, a user
// lexicon entry) and once through dependency injection with options bound from configuration.
using EpistemicScoring;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

const string Draft =
    "A well-placed source said the merger between the two regional banks is off. Ask yourself who gains: your "
    + "pension fund does not. Shares of the smaller bank fell 4% on Monday, the exchange said in a statement. "
    + "The two boards had agreed terms in March, and regulators in both countries were due to rule on the deal "
    + "by the end of the year, according to the filing. You will hear a lot more about this before it is over.";

// The rule passes its own examples and counter-examples (throws otherwise), as in a unit test.
RuleExamples.Verify(new ReaderAddressRule());
Console.WriteLine("ACME001 passes its examples.");

// Through the builder.
Print("builder", BuildWithTheBuilder().Score(Draft));

// Through dependency injection, options from configuration.
IConfiguration configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["EpistemicScoring:Thresholds:High"] = "70" })
    .Build();
var services = new ServiceCollection();
services.AddEpistemicScoring(configuration.GetSection("EpistemicScoring"), o => o.MinWords = 40)
    .AddRule<ReaderAddressRule>();
using ServiceProvider provider = services.BuildServiceProvider();
IEpistemicScorer scorer = provider.GetRequiredService<IEpistemicScorer>();
Print("dependency injection", scorer.Score(Draft));

static EpistemicScorer BuildWithTheBuilder()
{
    EpistemicScorer scorer = EpistemicScorer.CreateBuilder()
        .AddRule<ReaderAddressRule>()
        .RemoveRule("EPS402")
        .ConfigureRule("EPS202", r => r.Weight = -0.5)
        .AddLexiconEntries("anonymous-sources", [new LexiconEntry("a well-placed source", 1, "anonymous")])
        .Configure(o => { o.Thresholds.High = 70; o.MaxTextLength = 1_000_000; })
        .Build();
    return scorer;
}

static void Print(string how, EpistemicReport report)
{
    Console.WriteLine($"-- {how}: overall {report.Overall.Score:0.0} {report.Overall.Verdict}");
    foreach (Evidence e in report.Laws.SelectMany(static l => l.Evidence).Where(static e => e.RuleId is "ACME001" or "EPS202"))
    {
        Console.WriteLine($"{e.RuleId} {e.Weight,6:0.00} {e.Message}");
    }
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
