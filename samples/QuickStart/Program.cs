// The README's quick start: score a text and print each law's verdict and first reason.
using EpistemicScoring;
using EpistemicScoring.Reports;

EpistemicScorer scorer = EpistemicScorer.CreateDefault();
string text = args.Length > 0 ? File.ReadAllText(args[0]) : "Officials said the plan may cost $2 billion. Critics argue it will clearly fail.";
EpistemicReport report = scorer.Score(text);
foreach (LawAssessment law in report.Laws)
{
    Console.WriteLine($"{law.Law.Title(),-28} {law.Score,5:0.0} {law.Verdict,-12} {law.Rationale[0]}");
}
