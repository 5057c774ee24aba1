// The README's quick start: score a text and print each law's verdict and first reason.
using EpistemicScoring;
using EpistemicScoring.Reports;

EpistemicScorer scorer = EpistemicScorer.CreateDefault();
string text = args.Length > 0
    ? File.ReadAllText(args[0])
    : "The city council voted 7-2 on Tuesday to build a $48 million seawall, Mayor Dana Okafor said. "
      + "Officials who asked not to be named said the cost may rise. Critics argue the wall will clearly fail, "
      + "but the city's engineers said a 2025 study found it would cut flood losses by about two-thirds. "
      + "The state grant covers $30 million and a bond the remaining $18 million, according to the finance director.";
EpistemicReport report = scorer.Score(text);
foreach (LawAssessment law in report.Laws)
{
    Console.WriteLine($"{law.Law.Title(),-28} {law.Score,5:0.0} {law.Verdict,-12} {law.Rationale[0]}");
}
