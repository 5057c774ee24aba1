// Reference facts: figures in a text checked against a fact pack (samples/facts/facts.json) and against a fact
// supplied with one request.
using EpistemicScoring;
using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;

string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "facts.json");
IReadOnlyList<ReferenceFact> pack = FactPack.Load(path);

var options = new EpistemicScoringOptions();
foreach (ReferenceFact fact in pack)
{
    options.Facts.Add(fact);
}

EpistemicScorer scorer = EpistemicScorer.CreateBuilder(options).Build();
const string text =
    "Harbor City will spend $52 million on its seawall, the mayor said on Monday. "
    + "A state resilience grant of $30 million covers most of it, and a bond of $22 million the rest.";

// A fact for this text only, on top of the scorer's own.
var request = new ScoringRequest(text)
{
    Facts = [new ReferenceFact { Key = "bond", Value = 22_000_000, Unit = "USD", Source = "the city's bond prospectus" }],
};
EpistemicReport report = scorer.Score(request);

Console.WriteLine($"{pack.Count} facts from {Path.GetFileName(path)}");
foreach (NumericCheck check in report.NumericChecks)
{
    string figures = string.Join(", ", check.Spans.Select(s => text.Substring(s.Start, s.Length)));
    Console.WriteLine($"{check.Kind,-10} {check.Status,-13} {figures}: {check.Message}");
}
