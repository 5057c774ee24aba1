using EpistemicScoring.Reports;
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
            thresholds);
        Assert.NotEqual(Verdict.High, overall.Verdict);
        Assert.True(overall.Score < (90 * 4 + 20) / 5.0);
    }

    [Fact]
    public void Overall_ALawWeighingHalf_DragsHalfAsFarAsTheWeakestLink()
    {
        LawAssessment L(Law law, double score) => new() { Law = law, Score = score, Verdict = Verdict.Moderate, Rationale = ["x"], Evidence = [] };
        var thresholds = new VerdictThresholds();
        LawAssessment[] WithLow(Law low) => [.. Laws.All.Select(law => L(law, law == low ? 30 : 80))];

        // Weighted means: Law 3 low (weight 0.5) 75.5; Law 1 low (weight 1) 70.9.
        double lowLaw3 = LawScorer.Overall(WithLow(Law.ReliabilityAccuracy), thresholds).Score;
        double lowLaw1 = LawScorer.Overall(WithLow(Law.Truthfulness), thresholds).Score;
        Assert.Equal(Math.Round((0.7 * 75.45) + (0.3 * (75.45 + (0.5 * (30 - 75.45))))), Math.Round(lowLaw3));
        Assert.Equal(Math.Round((0.7 * 70.91) + (0.3 * 30)), Math.Round(lowLaw1));
        Assert.True(lowLaw3 > lowLaw1);
    }

    [Fact]
    public void Overall_AllInsufficient_IsInsufficient()
    {
        LawAssessment L(Law law) => new() { Law = law, Score = 50, Verdict = Verdict.Insufficient, Rationale = ["x"], Evidence = [] };
        Assert.Equal(Verdict.Insufficient, LawScorer.Overall([.. Laws.All.Select(L)], new VerdictThresholds()).Verdict);
    }
}
