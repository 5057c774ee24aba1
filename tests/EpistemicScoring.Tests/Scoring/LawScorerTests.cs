using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Scoring;

namespace EpistemicScoring.Tests.Scoring;

public class LawScorerTests
{
    private static Evidence E(string rule, double weight) => new(rule, Law.SourceReferencing, 0, 1, weight, "x");

    private static readonly Dictionary<string, double> Weights = new() { ["EPS201"] = 0.3, ["EPS202"] = -0.3, ["EPS203"] = -0.6, ["EPS204"] = 0.1 };

    [Fact]
    public void NoEvidence_IsThePrior()
    {
        Assert.Equal(50, LawScorer.Score([], Weights));
    }

    [Fact]
    public void PositiveEvidence_RaisesScore_NegativeLowers()
    {
        Assert.True(LawScorer.Score([E("EPS201", 0.3)], Weights) > 50);
        Assert.True(LawScorer.Score([E("EPS202", -0.3)], Weights) < 50);
    }

    [Fact]
    public void ManyFindingsOfOneWeakRule_DoNotOutweighOneStrongRule()
    {
        var weak = Enumerable.Repeat(E("EPS204", 0.1), 50).ToList();
        double mixed = LawScorer.Score([.. weak, E("EPS203", -0.6)], Weights);
        Assert.True(mixed < 50, $"score {mixed}");
    }

    [Fact]
    public void Score_StaysInRange()
    {
        var many = Enumerable.Repeat(E("EPS201", 3), 500).ToList();
        Assert.InRange(LawScorer.Score(many, Weights), 0, 100);
        var bad = Enumerable.Repeat(E("EPS203", -3), 500).ToList();
        Assert.InRange(LawScorer.Score(bad, Weights), 0, 100);
    }

    [Fact]
    public void Overall_IsPulledDownByTheWeakestLaw()
    {
        LawAssessment L(Law law, double score) => new() { Law = law, Score = score, Verdict = Verdict.Moderate, Rationale = ["x"], Evidence = [] };
        var thresholds = new VerdictThresholds();
        ScoreVerdict overall = LawScorer.Overall(
            [L(Law.Truthfulness, 90), L(Law.SourceReferencing, 90), L(Law.ReliabilityAccuracy, 90), L(Law.ContextualJudgment, 90), L(Law.InferenceTraceability, 20)],
            thresholds,
            figuresCrossChecked: false);
        Assert.NotEqual(Verdict.High, overall.Verdict);
        Assert.True(overall.Score < (90 * 4 + 20) / 5.0);
    }

    [Fact]
    public void Overall_ALawWeighingUnderOne_DragsLessThanTheWeakestLink()
    {
        LawAssessment L(Law law, double score, IReadOnlyList<Evidence> evidence) =>
            new() { Law = law, Score = score, Verdict = Verdict.Moderate, Rationale = ["x"], Evidence = evidence };
        var thresholds = new VerdictThresholds();
        Evidence check = new(RuleIds.InconsistentFigures, Law.ReliabilityAccuracy, 0, 4, -0.5, "x");
        LawAssessment[] WithLow(Law low, IReadOnlyList<Evidence> evidence) =>
            [.. Laws.All.Select(law => L(law, law == low ? 30 : 80, law == low ? evidence : []))];

        // Law 3 low with figures cross-checked weighs 0.5: mean 75.45. Unchecked it weighs 0.25: mean 77.62.
        // Law 1 low (weight 1, Law 3 unchecked at 0.25): mean 70.48, and it drags with its full distance.
        double checkedLaw3 = LawScorer.Overall(WithLow(Law.ReliabilityAccuracy, [check]), thresholds, figuresCrossChecked: true).Score;
        double uncheckedLaw3 = LawScorer.Overall(WithLow(Law.ReliabilityAccuracy, []), thresholds, figuresCrossChecked: false).Score;
        double lowLaw1 = LawScorer.Overall(WithLow(Law.Truthfulness, []), thresholds, figuresCrossChecked: false).Score;
        Assert.Equal(Math.Round((0.7 * 75.45) + (0.3 * (75.45 + (0.5 * (30 - 75.45))))), Math.Round(checkedLaw3));
        Assert.Equal(Math.Round((0.7 * 77.62) + (0.3 * (77.62 + (0.25 * (30 - 77.62))))), Math.Round(uncheckedLaw3));
        Assert.Equal(Math.Round((0.7 * 70.48) + (0.3 * 30)), Math.Round(lowLaw1));
        Assert.True(uncheckedLaw3 > checkedLaw3);
        Assert.True(checkedLaw3 > lowLaw1);
    }

    [Theory]
    [InlineData(80, 30, 30, 80)]
    [InlineData(80, 60, 30, 80)]
    [InlineData(80, 15, 60, 65)]
    [InlineData(80, 0, 30, 50)]
    [InlineData(90, 10, 40, 70)]
    public void Temper_KeepsTheSquareRootShareOfTheDistanceAboveThePrior(double score, int claims, int full, double expected)
    {
        Assert.Equal(expected, LawScorer.Temper(score, claims, full));
    }

    [Theory]
    [InlineData(30, 2)]
    [InlineData(50, 2)]
    [InlineData(80, 0)]
    public void Temper_LeavesScoresAtOrBelowThePriorAndTurnsOffAtZero(double score, int full)
    {
        Assert.Equal(score, LawScorer.Temper(score, 3, full));
    }

    [Fact]
    public void Temper_MoreClaimsNeverLowerTheScore()
    {
        double previous = 50;
        for (int claims = 0; claims <= 200; claims++)
        {
            double tempered = LawScorer.Temper(85, claims, ScoringConstants.ConfidenceClaims);
            Assert.True(tempered >= previous);
            Assert.True(claims >= ScoringConstants.ConfidenceClaims ? tempered == 85 : tempered < 85);
            previous = tempered;
        }
    }

    [Fact]
    public void Overall_AllInsufficient_IsInsufficient()
    {
        LawAssessment L(Law law) => new() { Law = law, Score = 50, Verdict = Verdict.Insufficient, Rationale = ["x"], Evidence = [] };
        Assert.Equal(Verdict.Insufficient, LawScorer.Overall([.. Laws.All.Select(L)], new VerdictThresholds(), figuresCrossChecked: false).Verdict);
    }
}
