using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Rules;

public class InferenceTraceabilityTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    private const string Facts =
        "The county recorded 412 burglaries in 2023, up from 388 in 2022, according to the sheriff's annual report. " +
        "Sheriff Maria Ortiz said on Monday that 61 percent of the break-ins happened in unlocked garages. " +
        "The county hired 14 new deputies in March, the budget office said. " +
        "Response times fell from 11 minutes to 9 minutes over the year, the report shows. ";

    private static LawAssessment Law5(string text) => Scorer.Score(text).Laws[4];

    [Fact]
    public void Score_SourcedFactsWithLeapingConclusion_GetsLowLaw5()
    {
        LawAssessment law = Law5(Facts + "This proves that the county is clearly collapsing into lawlessness and that nobody is safe anywhere.");
        Assert.Equal(Verdict.Low, law.Verdict);
        Assert.Contains(law.Evidence, static e => e.RuleId == "EPS504");
        Assert.Contains("sentence 5", string.Join(" ", law.Rationale), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SourcedFactsWithProportionateConclusion_ScoresAboveTheLeap()
    {
        double leap = Law5(Facts + "This proves that the county is clearly collapsing into lawlessness and that nobody is safe anywhere.").Score;
        double fair = Law5(Facts + "This means burglaries rose by about six percent in 2023, because of more break-ins in unlocked garages.").Score;
        Assert.True(fair > leap + 15, $"fair {fair}, leap {leap}");
        Assert.NotEqual(Verdict.Low, Law5(Facts + "This means burglaries rose by about six percent in 2023, because of more break-ins in unlocked garages.").Verdict);
    }

    [Fact]
    public void Score_HedgedUnsupportedConclusion_IsPenalisedLessThanBoostedOne()
    {
        const string opinion = "The downtown plan has been debated for years without a clear result. Shops on Main Street have changed hands often. " +
            "Residents complain about noise, parking and the state of the sidewalks near the old depot. The council has met about it many times. " +
            "Nobody on the planning board has said what the next step is, and the shop owners are tired of waiting for an answer. ";
        double hedged = Law5(opinion + "The plan may therefore fail within a few years.").Score;
        double boosted = Law5(opinion + "The plan will therefore undoubtedly fail within a few years.").Score;
        Assert.True(hedged > boosted, $"hedged {hedged}, boosted {boosted}");
    }

    [Fact]
    public void Score_BoosterInsideQuotation_IsNotTheWritersOverclaiming()
    {
        EpistemicReport report = Scorer.Score(Facts + "\"This will undoubtedly get worse,\" said Ortiz.");
        Assert.DoesNotContain(report.Laws[4].Evidence, static e => e.RuleId == "EPS501");
    }
}
