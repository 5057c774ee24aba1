using EpistemicScoring.Cli.Eval;

namespace EpistemicScoring.Cli.Tests;

public class StatisticsTests
{
    [Fact]
    public void RocAuc_PerfectSeparation_IsOne_Reversed_IsZero_Ties_AreHalf()
    {
        Assert.Equal(1.0, Statistics.RocAuc([(0.9, true), (0.8, true), (0.2, false), (0.1, false)]));
        Assert.Equal(0.0, Statistics.RocAuc([(0.1, true), (0.9, false)]));
        Assert.Equal(0.5, Statistics.RocAuc([(0.5, true), (0.5, false)]));
    }

    [Fact]
    public void WilsonInterval_ContainsTheProportion_AndStaysInsideZeroOne()
    {
        (double lo, double hi) = Statistics.WilsonInterval(0, 30);
        Assert.Equal(0, lo);
        Assert.InRange(hi, 0.10, 0.13); // 0.114 for 0 of 30
        (lo, hi) = Statistics.WilsonInterval(10, 100);
        Assert.InRange(lo, 0.054, 0.056); // 0.0552 .. 0.1744
        Assert.InRange(hi, 0.173, 0.176);
        (lo, hi) = Statistics.WilsonInterval(5, 5);
        Assert.Equal(1, hi);
        Assert.True(lo < 1);
        Assert.True(double.IsNaN(Statistics.WilsonInterval(0, 0).Low));
    }

    [Fact]
    public void RocAuc_MatchesPairCounting()
    {
        var rng = new Random(7);
        var items = Enumerable.Range(0, 200).Select(_ => (Score: Math.Round(rng.NextDouble(), 1), Positive: rng.Next(2) == 0)).ToList();
        double wins = 0;
        int pairs = 0;
        foreach (var p in items.Where(i => i.Positive))
        {
            foreach (var n in items.Where(i => !i.Positive))
            {
                pairs++;
                wins += p.Score > n.Score ? 1 : p.Score == n.Score ? 0.5 : 0;
            }
        }

        Assert.Equal(wins / pairs, Statistics.RocAuc(items), 10);
    }

    [Fact]
    public void LengthMatchedAuc_OnlyComparesTextsOfSimilarLength()
    {
        // The long positive would beat both negatives, but neither is within 25% of its length.
        var items = new List<(double, bool, int)> { (0.9, true, 1000), (0.1, false, 100), (0.2, true, 110), (0.8, false, 105) };
        (double auc, long pairs) = Statistics.LengthMatchedAuc(items);
        Assert.Equal(2, pairs);
        Assert.Equal(0.5, auc);
    }

    [Fact]
    public void QuadraticKappa_PerfectAgreement_IsOne_AndPenalisesDistantDisagreementMore()
    {
        Assert.Equal(1.0, Statistics.QuadraticKappa([(0, 0), (1, 1), (2, 2)], 3), 10);
        double near = Statistics.QuadraticKappa([(0, 1), (1, 1), (2, 2), (0, 0)], 3);
        double far = Statistics.QuadraticKappa([(0, 2), (1, 1), (2, 2), (0, 0)], 3);
        Assert.True(near > far);
    }

    [Fact]
    public void MacroF1_AveragesOverCategories()
    {
        Assert.Equal(1.0, Statistics.MacroF1([(0, 0), (1, 1)], 3));
        Assert.Equal(0.0, Statistics.MacroF1([(0, 1), (1, 0)], 2));
    }

    [Fact]
    public void Spearman_IsOneForAnyIncreasingMap_MinusOneReversed_AndAveragesTies()
    {
        Assert.Equal(1.0, Statistics.Spearman([(1, 10), (2, 400), (3, 401), (4, 9000)]), 10);
        Assert.Equal(-1.0, Statistics.Spearman([(1, 4), (2, 3), (3, 2), (4, 1)]), 10);
        Assert.Equal([1.5, 1.5, 3], Statistics.Ranks([5, 5, 7]));
        Assert.True(double.IsNaN(Statistics.Spearman([(1, 2), (1, 3)])));
    }

    [Fact]
    public void ClearPairConcordance_CountsOnlyPairsThatDifferClearly_AndRewardsTheLowerDensity()
    {
        // Densities 0.5, 0.6 and 3.0: only (0.5, 3.0) and (0.6, 3.0) are clear (twice and one more).
        var items = new List<(double Score, double Measure)> { (80, 0.5), (20, 0.6), (50, 3.0) };
        (double concordance, long pairs) = Statistics.ClearPairConcordance(items, 2, 1);
        Assert.Equal(2, pairs);
        Assert.Equal(0.5, concordance);
        Assert.Equal(1.0, Statistics.ClearPairConcordance([(90, 0.2), (10, 4.0)], 2, 1).Concordance);
    }

    [Fact]
    public void BootstrapInterval_IsTheSameOnEveryRun_AndBracketsTheMean()
    {
        double[] values = [.. Enumerable.Range(0, 60).Select(static i => (double)(i % 7))];
        double Mean(int[] ix) => ix.Average(i => values[i]);
        (double low, double high) = Statistics.BootstrapInterval(values.Length, Mean);
        Assert.Equal((low, high), Statistics.BootstrapInterval(values.Length, Mean));
        Assert.InRange(values.Average(), low, high);
        Assert.True(high - low is > 0 and < 2);
    }
}
