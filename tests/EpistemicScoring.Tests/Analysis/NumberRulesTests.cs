using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring.Tests.Analysis;

public class NumberRulesTests
{
    private static readonly string[] NumberRuleIds =
    [
        RuleIds.ContradictedFacts, RuleIds.ConfirmedFigures, RuleIds.InconsistentFigures, RuleIds.ReferenceFigures,
        RuleIds.UnsourcedPreciseFigures, RuleIds.ConsistencySummary,
    ];

    // Rules run only on texts of 60 words or more; this neutral paragraph brings short cases over the line.
    private const string Filler =
        "\n\nResidents gathered in the hall on a cold evening to hear the plan explained in detail. Several of them asked "
        + "questions about the schedule, the contractors and the roads that would close while the work went on. The clerk "
        + "read the notice aloud, and the meeting ended shortly before dinner with a short statement from the chair about "
        + "what would happen next and where people could read the documents.";

    private static string Pad(string text) => text + Filler;

    [Fact]
    public void CounterExamples_GiveNoFindingOfTheirRule()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().Build();
        foreach (IRule rule in DefaultRules.Create().Where(r => NumberRuleIds.Contains(r.Descriptor.Id)))
        {
            foreach (string text in rule.Descriptor.CounterExamples)
            {
                EpistemicReport report = scorer.Score(Pad(text));
                Evidence? hit = report.Laws.SelectMany(l => l.Evidence).FirstOrDefault(e => e.RuleId == rule.Descriptor.Id);
                Assert.True(hit is null, $"{rule.Descriptor.Id} fired on its counter-example: {hit?.Message}");
            }
        }
    }

    [Fact]
    public void InconsistentFigures_LowerReliabilityAndTruthfulness()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().Build();
        EpistemicReport report = scorer.Score(Pad("Inspectors visited 12 of 40 sites, or 45%, last year. The ministry said the work would continue."));
        Assert.Contains(report.Laws.SelectMany(l => l.Evidence), e => e.RuleId == RuleIds.InconsistentFigures && e.Weight < 0);
        Assert.Contains(report.Laws.SelectMany(l => l.Evidence), e => e.RuleId == RuleIds.ContradictedFacts && e.Weight < 0);
    }

    [Theory]
    [InlineData("One senior official said the agreement was dead.", 0)]
    [InlineData("Two officials said the talks had stalled over the water rights.", 0)]
    [InlineData("Officials said the two sides were close to a deal.", 0)]
    [InlineData("Officials said the deal was worth $900 million.", 1)]
    [InlineData("Officials said 2 pumping stations would close.", 1)]
    public void UnnamedFigures_LeaveTheNumberThatDescribesTheSourceOrIsADeterminer(string text, int expected)
    {
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(Pad(text));
        Assert.Equal(expected, report.Laws.SelectMany(l => l.Evidence).Count(e => e.RuleId == RuleIds.UnnamedFigures));
    }

    [Fact]
    public void PreciseUnsourcedFigure_IsNoted()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().Build();
        EpistemicReport report = scorer.Score(Pad("The program cost $4,217,530 in its first year, and more will follow next spring."));
        Assert.Contains(report.Laws.SelectMany(l => l.Evidence), e => e.RuleId == RuleIds.UnsourcedPreciseFigures);
    }

    [Fact]
    public void ConfirmedFigure_RaisesTruthfulness()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder()
            .Configure(o => o.Facts.Add(new EpistemicScoring.Analysis.ReferenceFact { Key = "seawall", Value = 48e6, Unit = "USD", Source = "Council resolution" }))
            .Build();
        EpistemicReport report = scorer.Score(Pad("The council approved a $48 million seawall on Tuesday after a long debate."));
        Assert.Contains(report.Laws.SelectMany(l => l.Evidence), e => e.RuleId == RuleIds.ConfirmedFigures && e.Weight > 0 && e.Message.Contains("Council resolution", StringComparison.Ordinal));
    }
}
