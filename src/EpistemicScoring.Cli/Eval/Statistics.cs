namespace EpistemicScoring.Cli.Eval;

/// <summary>The agreement and separation statistics the evaluation tasks print.</summary>
internal static class Statistics
{
    /// <summary>
    /// ROC AUC: the probability that a random positive scores above a random negative (ties count half),
    /// computed from ranks (Mann-Whitney U) in O(n log n).
    /// </summary>
    public static double RocAuc(IReadOnlyList<(double Score, bool Positive)> items)
    {
        int positives = items.Count(static i => i.Positive);
        int negatives = items.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var sorted = items.OrderBy(static i => i.Score).ToArray();
        double rankSum = 0;
        int k = 0;
        while (k < sorted.Length)
        {
            int j = k;
            while (j + 1 < sorted.Length && sorted[j + 1].Score == sorted[k].Score)
            {
                j++;
            }

            double averageRank = ((k + 1) + (j + 1)) / 2.0;
            for (int m = k; m <= j; m++)
            {
                if (sorted[m].Positive)
                {
                    rankSum += averageRank;
                }
            }

            k = j + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>
    /// ROC AUC over the positive-negative pairs whose lengths are within <paramref name="tolerance"/> of each
    /// other (longer ≤ shorter × (1 + tolerance)), so that a score cannot win by tracking length.
    /// </summary>
    public static (double Auc, long Pairs) LengthMatchedAuc(IReadOnlyList<(double Score, bool Positive, int Length)> items, double tolerance = 0.25)
    {
        var negatives = items.Where(static i => !i.Positive).OrderBy(static i => i.Length).ToArray();
        int[] lengths = negatives.Select(static n => n.Length).ToArray();
        double wins = 0;
        long pairs = 0;
        foreach (var p in items.Where(static i => i.Positive))
        {
            int lo = LowerBound(lengths, (int)Math.Ceiling(p.Length / (1 + tolerance)));
            for (int n = lo; n < negatives.Length && negatives[n].Length <= p.Length * (1 + tolerance); n++)
            {
                pairs++;
                wins += p.Score > negatives[n].Score ? 1 : p.Score == negatives[n].Score ? 0.5 : 0;
            }
        }

        return (pairs == 0 ? double.NaN : wins / pairs, pairs);
    }

    /// <summary>Points of the ROC curve (false positive rate, true positive rate), from the highest threshold down.</summary>
    public static (double[] Fpr, double[] Tpr) RocCurve(IReadOnlyList<(double Score, bool Positive)> items)
    {
        int positives = Math.Max(1, items.Count(static i => i.Positive));
        int negatives = Math.Max(1, items.Count - items.Count(static i => i.Positive));
        var sorted = items.OrderByDescending(static i => i.Score).ToArray();
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        int tp = 0, fp = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Positive)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (i + 1 == sorted.Length || sorted[i + 1].Score != sorted[i].Score)
            {
                fpr.Add((double)fp / negatives);
                tpr.Add((double)tp / positives);
            }
        }

        return ([.. fpr], [.. tpr]);
    }

    /// <summary>Cohen's kappa with quadratic weights over ordered categories 0..k-1.</summary>
    public static double QuadraticKappa(IReadOnlyList<(int Gold, int Predicted)> pairs, int categories)
    {
        if (pairs.Count == 0)
        {
            return double.NaN;
        }

        var observed = new double[categories, categories];
        var goldCounts = new double[categories];
        var predCounts = new double[categories];
        foreach ((int g, int p) in pairs)
        {
            observed[g, p]++;
            goldCounts[g]++;
            predCounts[p]++;
        }

        double n = pairs.Count;
        double num = 0, den = 0;
        for (int i = 0; i < categories; i++)
        {
            for (int j = 0; j < categories; j++)
            {
                double w = (double)((i - j) * (i - j)) / ((categories - 1) * (categories - 1));
                num += w * observed[i, j] / n;
                den += w * goldCounts[i] * predCounts[j] / (n * n);
            }
        }

        return den == 0 ? (num == 0 ? 1 : double.NaN) : 1 - (num / den);
    }

    /// <summary>Macro-averaged F1 over the categories that occur in gold or predictions.</summary>
    public static double MacroF1(IReadOnlyList<(int Gold, int Predicted)> pairs, int categories)
    {
        double sum = 0;
        int used = 0;
        for (int c = 0; c < categories; c++)
        {
            int tp = pairs.Count(p => p.Gold == c && p.Predicted == c);
            int fp = pairs.Count(p => p.Gold != c && p.Predicted == c);
            int fn = pairs.Count(p => p.Gold == c && p.Predicted != c);
            if (tp + fp + fn == 0)
            {
                continue;
            }

            used++;
            sum += new PrecisionRecall(tp, fp, fn).F1;
        }

        return used == 0 ? double.NaN : sum / used;
    }

    /// <summary>
    /// The Wilson score interval of a proportion <paramref name="k"/> / <paramref name="n"/> (95% for z = 1.96):
    /// unlike the normal approximation it stays inside [0, 1] and is not empty at k = 0 or k = n.
    /// </summary>
    public static (double Low, double High) WilsonInterval(int k, int n, double z = 1.96)
    {
        if (n <= 0)
        {
            return (double.NaN, double.NaN);
        }

        double p = (double)k / n;
        double d = 1 + (z * z / n);
        double centre = (p + (z * z / (2 * n))) / d;
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / d;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
