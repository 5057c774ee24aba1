using EpistemicScoring.Reports;

namespace EpistemicScoring.Scoring;

/// <summary>The aggregation from evidence to a law's score and verdict, and from laws to the overall score.</summary>
internal static class LawScorer
{
    /// <summary>
    /// Turns one law's evidence into a score in three steps. (1) Each rule's findings are summed and the sum is
    /// soft-capped at <see cref="ScoringConstants.RuleCap"/> times the rule's weight (one typical finding), so that one
    /// rule firing on every sentence cannot dominate. (2) Rule totals of the same sign are added strongest first
    /// with diminishing returns (<see cref="ScoringConstants.Decay"/>), so many weak rules saturate below one
    /// strong one. (3) The net maps onto 0 to 100 through tanh around <see cref="ScoringConstants.Prior"/>.
    /// </summary>
    /// <param name="evidence">The law's evidence, any order.</param>
    /// <param name="ruleWeights">The configured weight of each rule by ID.</param>
    /// <returns>The score, rounded to one decimal.</returns>
    public static double Score(IReadOnlyList<Evidence> evidence, IReadOnlyDictionary<string, double> ruleWeights)
    {
        // One total per rule, in the order the rules first appear. A law has a handful of rules, so a linear search
        // over the rules met so far is the table (the thread's scratch, not a dictionary per law and report).
        RuleTotals totals = RuleTotals.Take();
        foreach (Evidence e in evidence)
        {
            ref (double Sum, double Largest) t = ref totals.Of(e.RuleId);
            double typical = ruleWeights.TryGetValue(e.RuleId, out double w) ? Math.Abs(w) : 0;
            t = (t.Sum + e.Weight, Math.Max(t.Largest, Math.Max(typical, Math.Abs(e.Weight))));
        }

        int count = totals.Count;
        Span<double> positive = count <= 128 ? stackalloc double[count] : new double[count];
        Span<double> negative = count <= 128 ? stackalloc double[count] : new double[count];
        int p = 0;
        int n = 0;
        for (int r = 0; r < count; r++)
        {
            (double sum, double largest) = totals.Totals[r];
            double cap = ScoringConstants.RuleCap * largest;
            double capped = cap > 0 ? cap * Math.Tanh(sum / cap) : 0;
            if (capped > 0)
            {
                positive[p++] = capped;
            }
            else if (capped < 0)
            {
                negative[n++] = -capped;
            }
        }

        totals.Return();
        double net = DecayedSum(positive[..p]) - DecayedSum(negative[..n]);
        double score = ScoringConstants.Prior + (ScoringConstants.HalfRange * Math.Tanh(net));
        return Math.Round(Math.Clamp(score, 0, 100), 1);
    }

    /// <summary>
    /// Tempers an upward score by the amount of text judged: below <paramref name="fullClaims"/> claims, the distance
    /// above the prior is multiplied by <c>sqrt(claims / fullClaims)</c>. Findings accumulate with the claims a text
    /// makes, and what a handful of findings says about a text is less certain than what many say (the uncertainty
    /// of a share shrinks as one over the square root of the number counted), so a short text does not reach High on
    /// a few findings. A score below the prior is kept: one sign of trouble is telling however short the text.
    /// </summary>
    /// <param name="score">The law score from <see cref="Score"/>.</param>
    /// <param name="claims">Sentences of the text that make a claim.</param>
    /// <param name="fullClaims">Claims from which the whole distance is kept; 0 or less returns the score unchanged.</param>
    /// <returns>The tempered score, rounded to one decimal.</returns>
    public static double Temper(double score, int claims, int fullClaims)
    {
        if (score <= ScoringConstants.Prior)
        {
            return score;
        }

        return Math.Round(ScoringConstants.Prior + ((score - ScoringConstants.Prior) * Confidence(claims, fullClaims)), 1);
    }

    /// <summary>The share of an upward score's distance from the prior that <paramref name="claims"/> claims keep.</summary>
    /// <param name="claims">Sentences of the text that make a claim.</param>
    /// <param name="fullClaims">Claims from which the whole distance is kept; 0 or less keeps all of it.</param>
    /// <returns>A share from 0 to 1.</returns>
    public static double Confidence(int claims, int fullClaims) =>
        fullClaims <= 0 ? 1 : Math.Min(1, Math.Sqrt((double)Math.Max(0, claims) / fullClaims));

    /// <summary>Blends the judged laws' weighted mean with the weakest judged law (laws weighing under one pulled toward the mean).</summary>
    /// <param name="laws">The five assessments.</param>
    /// <param name="thresholds">The verdict thresholds.</param>
    /// <param name="figuresCrossChecked">True when Law 3's evidence includes a cross-check of figures (a rule with <c>CrossChecksFigures</c> found something), which gives Law 3 its full weight.</param>
    /// <returns>The overall score and verdict.</returns>
    public static ScoreVerdict Overall(IReadOnlyList<LawAssessment> laws, VerdictThresholds thresholds, bool figuresCrossChecked)
    {
        double sum = 0;
        double weights = 0;
        foreach (LawAssessment law in laws)
        {
            if (IsJudged(law))
            {
                double w = ScoringConstants.LawWeight(law.Law, figuresCrossChecked);
                weights += w;
                sum += w * law.Score;
            }
        }

        if (weights == 0)
        {
            return new ScoreVerdict(ScoringConstants.Prior, Verdict.Insufficient);
        }

        double mean = sum / weights;

        // The weakest link: a law that weighs less than one in the mean (Law 3, whose evidence is often a handful of
        // figures) is pulled toward the mean in proportion, so it cannot drag the overall score down on its own.
        double min = double.MaxValue;
        foreach (LawAssessment law in laws)
        {
            if (IsJudged(law))
            {
                double share = Math.Min(1.0, ScoringConstants.LawWeight(law.Law, figuresCrossChecked));
                min = Math.Min(min, mean + (share * (law.Score - mean)));
            }
        }

        double overall = Math.Round(((1 - ScoringConstants.WeakestLawShare) * mean) + (ScoringConstants.WeakestLawShare * min), 1);
        return new ScoreVerdict(overall, thresholds.VerdictFor(overall));
    }

    /// <summary>The computed verdict decides whether a law was judged; a verdict set by hand does not move the score.</summary>
    private static bool IsJudged(LawAssessment law) =>
        !(law.ComputedVerdict == Verdict.Insufficient && law.Verdict == Verdict.Insufficient);

    private static double DecayedSum(Span<double> weights)
    {
        weights.Sort();
        double total = 0;
        double factor = 1;
        for (int i = weights.Length - 1; i >= 0; i--)
        {
            total += weights[i] * factor;
            factor *= ScoringConstants.Decay;
        }

        return total;
    }
}

/// <summary>
/// One law's running totals per rule (<see cref="LawScorer.Score"/>), kept per thread between calls. Scratch space,
/// not a cache: emptied when taken, nothing of one report is read for the next, and no thread waits for another.
/// </summary>
internal sealed class RuleTotals
{
    [ThreadStatic]
    private static RuleTotals? t_free;

    private string[] _ids = new string[16];

    /// <summary>The totals of the first <see cref="Count"/> rules, in the order they were met.</summary>
    public (double Sum, double Largest)[] Totals { get; private set; } = new (double Sum, double Largest)[16];

    /// <summary>The number of rules met.</summary>
    public int Count { get; private set; }

    /// <summary>This thread's empty table, or a new one when it is in use.</summary>
    /// <returns>The table.</returns>
    public static RuleTotals Take()
    {
        RuleTotals totals = t_free ?? new RuleTotals();
        t_free = null;
        totals.Count = 0;
        return totals;
    }

    /// <summary>The totals of rule <paramref name="id"/>, added as zero when it is new.</summary>
    /// <param name="id">The rule ID.</param>
    /// <returns>A reference to its totals, valid until the next call.</returns>
    public ref (double Sum, double Largest) Of(string id)
    {
        for (int i = 0; i < Count; i++)
        {
            if (string.Equals(_ids[i], id, StringComparison.Ordinal))
            {
                return ref Totals[i];
            }
        }

        if (Count == _ids.Length)
        {
            Array.Resize(ref _ids, Count * 2);
            (double Sum, double Largest)[] grown = Totals;
            Array.Resize(ref grown, Count * 2);
            Totals = grown;
        }

        _ids[Count] = id;
        Totals[Count] = (0, 0);
        return ref Totals[Count++];
    }

    /// <summary>Keeps the table for this thread's next law.</summary>
    public void Return()
    {
        Array.Clear(_ids, 0, Count);
        t_free = this;
    }
}
