// The README's quick start, line for line: score draft.txt and print each law's verdict and first reason.
//   cd samples/QuickStart && dotnet run
using EpistemicScoring;
using EpistemicScoring.Reports;

string text = File.ReadAllText("draft.txt");
EpistemicScorer scorer = EpistemicScorer.CreateDefault();   // thread-safe, reusable, no I/O per call
EpistemicReport report = scorer.Score(text);
foreach (LawAssessment law in report.Laws)
    Console.WriteLine($"{law.Law.Title()}: {law.Verdict} ({law.Score:0}) {law.Rationale[0]}");
