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

    /// <summary>The number of bootstrap resamples behind every interval the evaluation prints.</summary>
    public const int BootstrapResamples = 1000;

    /// <summary>
    /// A 95% percentile-bootstrap interval for <see cref="RocAuc"/>: <see cref="BootstrapResamples"/> stratified
    /// resamples (positives and negatives each drawn with replacement, so every resample keeps both classes), with a
    /// fixed seed so the same data always give the same interval. Each resample is scored in O(n) from one sort, as
    /// per-item counts over the sorted order (weighted Mann-Whitney U). NaN when a class is missing.
    /// </summary>
    public static (double Low, double High) RocAucInterval(IReadOnlyList<(double Score, bool Positive)> items, int seed = 20260312)
    {
        var sorted = items.OrderBy(static i => i.Score).ToArray();
        int[] positives = [.. Enumerable.Range(0, sorted.Length).Where(i => sorted[i].Positive)];
        int[] negatives = [.. Enumerable.Range(0, sorted.Length).Where(i => !sorted[i].Positive)];
        if (positives.Length == 0 || negatives.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        var random = new Random(seed);
        var counts = new int[sorted.Length];
        var aucs = new double[BootstrapResamples];
        for (int b = 0; b < BootstrapResamples; b++)
        {
            Array.Clear(counts);
            for (int i = 0; i < positives.Length; i++)
            {
                counts[positives[random.Next(positives.Length)]]++;
            }

            for (int i = 0; i < negatives.Length; i++)
            {
                counts[negatives[random.Next(negatives.Length)]]++;
            }

            double wins = 0;
            double negativesBelow = 0;
            int k = 0;
            while (k < sorted.Length)
            {
                int j = k;
                double tiedNeg = 0;
                double tiedPos = 0;
                while (j < sorted.Length && sorted[j].Score == sorted[k].Score)
                {
                    if (sorted[j].Positive)
                    {
                        tiedPos += counts[j];
                    }
                    else
                    {
                        tiedNeg += counts[j];
                    }

                    j++;
                }

                wins += tiedPos * (negativesBelow + (tiedNeg / 2));
                negativesBelow += tiedNeg;
                k = j;
            }

            aucs[b] = wins / ((double)positives.Length * negatives.Length);
        }

        Array.Sort(aucs);
        return (aucs[(int)(0.025 * (BootstrapResamples - 1))], aucs[(int)Math.Ceiling(0.975 * (BootstrapResamples - 1))]);
    }

    /// <summary>
    /// 95% percentile-bootstrap intervals for precision, recall and F1 pooled over <paramref name="units"/> (articles:
    /// the unit the errors cluster in): <see cref="BootstrapResamples"/> resamples of the units with replacement,
    /// the counts summed in each, with a fixed seed so the same data always give the same intervals.
    /// </summary>
    public static (Interval Precision, Interval Recall, Interval F1) PrecisionRecallIntervals(IReadOnlyList<PrecisionRecall> units, int seed = 20260312)
    {
        if (units.Count == 0)
        {
            return (new(double.NaN, double.NaN), new(double.NaN, double.NaN), new(double.NaN, double.NaN));
        }

        var random = new Random(seed);
        var p = new double[BootstrapResamples];
        var r = new double[BootstrapResamples];
        var f = new double[BootstrapResamples];
        for (int b = 0; b < BootstrapResamples; b++)
        {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < units.Count; i++)
            {
                PrecisionRecall u = units[random.Next(units.Count)];
                tp += u.TruePositives;
                fp += u.FalsePositives;
                fn += u.FalseNegatives;
            }

            var pooled = new PrecisionRecall(tp, fp, fn);
            p[b] = pooled.Precision;
            r[b] = pooled.Recall;
            f[b] = pooled.F1;
        }

        return (Percentiles(p), Percentiles(r), Percentiles(f));
    }

    /// <summary>The 2.5th and 97.5th percentiles of <paramref name="values"/> (sorted in place).</summary>
    private static Interval Percentiles(double[] values)
    {
        Array.Sort(values);
        return new(values[(int)(0.025 * (values.Length - 1))], values[(int)Math.Ceiling(0.975 * (values.Length - 1))]);
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

    /// <summary>Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank.</summary>
    /// <returns>A value in [-1, 1], or NaN with fewer than two items or when either side is constant.</returns>
    public static double Spearman(IReadOnlyList<(double X, double Y)> items)
    {
        if (items.Count < 2)
        {
            return double.NaN;
        }

        double[] rx = Ranks([.. items.Select(static i => i.X)]);
        double[] ry = Ranks([.. items.Select(static i => i.Y)]);
        return Pearson(rx, ry);
    }

    /// <summary>Pearson's correlation of two equally long series; NaN when either is constant.</summary>
    public static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average();
        double my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Ranks from 1, ties given the average of the ranks they span.</summary>
    public static double[] Ranks(double[] values)
    {
        int[] order = [.. Enumerable.Range(0, values.Length).OrderBy(i => values[i])];
        var ranks = new double[values.Length];
        int k = 0;
        while (k < order.Length)
        {
            int j = k;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[k]])
            {
                j++;
            }

            double average = ((k + 1) + (j + 1)) / 2.0;
            for (int m = k; m <= j; m++)
            {
                ranks[order[m]] = average;
            }

            k = j + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Concordance on clear pairs: over the pairs of items whose <c>Measure</c> differs clearly (the larger at least
    /// <paramref name="ratio"/> times the smaller and at least <paramref name="gap"/> above it), the share in which the
    /// item with the smaller measure has the higher score (ties count half). A score that should fall as the measure
    /// rises is concordant at 1.
    /// </summary>
    /// <returns>The share and the number of clear pairs (NaN when there are none).</returns>
    public static (double Concordance, long Pairs) ClearPairConcordance(IReadOnlyList<(double Score, double Measure)> items, double ratio, double gap)
    {
        double wins = 0;
        long pairs = 0;
        for (int a = 0; a < items.Count; a++)
        {
            for (int b = 0; b < items.Count; b++)
            {
                (double lowScore, double low) = items[a];
                (double highScore, double high) = items[b];
                if (high < low * ratio || high - low < gap)
                {
                    continue;
                }

                pairs++;
                wins += lowScore > highScore ? 1 : lowScore == highScore ? 0.5 : 0;
            }
        }

        return (pairs == 0 ? double.NaN : wins / pairs, pairs);
    }

    /// <summary>
    /// A percentile bootstrap: <paramref name="resamples"/> resamples of the <paramref name="count"/> items drawn with
    /// replacement from a generator seeded with <paramref name="seed"/> (so the interval is the same on every run), the
    /// statistic computed on each, and the 2.5th and 97.5th percentiles of the values that are not NaN.
    /// </summary>
    /// <param name="count">Number of items (articles).</param>
    /// <param name="statistic">Computes the figure from the indices of one resample (indices may repeat).</param>
    /// <param name="resamples">Number of resamples.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <returns>The 95% interval (NaN, NaN when no resample gave a value).</returns>
    public static (double Low, double High) BootstrapInterval(int count, Func<int[], double> statistic, int resamples = 1000, int seed = 1)
    {
        double[] values = BootstrapValues(count, statistic, resamples, seed);
        return values.Length == 0 ? (double.NaN, double.NaN) : (Percentile(values, 0.025), Percentile(values, 0.975));
    }

    /// <summary>The statistic on each of <paramref name="resamples"/> seeded resamples, NaN values left out, sorted.</summary>
    public static double[] BootstrapValues(int count, Func<int[], double> statistic, int resamples = 1000, int seed = 1)
    {
        var rng = new Random(seed);
        var values = new List<double>(resamples);
        var indices = new int[count];
        for (int r = 0; r < resamples && count > 0; r++)
        {
            for (int i = 0; i < count; i++)
            {
                indices[i] = rng.Next(count);
            }

            double v = statistic(indices);
            if (!double.IsNaN(v))
            {
                values.Add(v);
            }
        }

        values.Sort();
        return [.. values];
    }

    /// <summary>The <paramref name="p"/> quantile of sorted values, by linear interpolation between closest ranks.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double position = p * (sorted.Length - 1);
        int lo = (int)Math.Floor(position);
        int hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((position - lo) * (sorted[hi] - sorted[lo]));
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

/// <summary>A 95% interval.</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end.</param>
internal readonly record struct Interval(double Low, double High)
{
    public override string ToString() => FormattableString.Invariant($"[{Low:0.000}, {High:0.000}]");
}
