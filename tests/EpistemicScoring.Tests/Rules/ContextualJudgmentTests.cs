using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Rules;

public class ContextualJudgmentTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    [Fact]
    public void Score_ContextRichReport_BeatsSweepingOneSidedColumn()
    {
        const string rich =
            "The city's jobless rate rose to 6.1% in October, up from 5.4% a year earlier, the state labor department said on Friday. " +
            "It was the highest rate since 2014, when a plant closure cost 2,000 jobs. Compared with the national average of 4.1%, the city lags in part because of its reliance on manufacturing. " +
            "However, the chamber of commerce disputed the figures, and the mayor's office said hiring had picked up in some sectors.";
        const string sweeping =
            "Everyone in this city is out of work and nobody in charge cares. The politicians always lie about jobs. " +
            "Every business is failing and all of the young people are leaving. The mayor is a disaster who should resign now. " +
            "The plan is a failure and it will never work for anyone who lives here. Nothing the council does ever helps ordinary families in this town.";
        LawAssessment a = Scorer.Score(rich).Laws[3];
        LawAssessment b = Scorer.Score(sweeping).Laws[3];
        Assert.True(a.Score > b.Score + 20, $"rich {a.Score}, sweeping {b.Score}");
        Assert.Contains(b.Evidence, static e => e.RuleId == "EPS406");
        Assert.Contains("sentence", b.Rationale[0], StringComparison.Ordinal);
    }
}
