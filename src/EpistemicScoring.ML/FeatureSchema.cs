using System.Collections.Frozen;
using EpistemicScoring.Reports;

namespace EpistemicScoring.ML;

/// <summary>
/// The features the classifier reads from an <see cref="EpistemicReport"/>, in a fixed order: for each rule ID
/// (sorted ordinally) the summed weight of its evidence, soft-capped as in the law score; then the five law scores
/// and the overall score; then three rates that do not grow with the text (the share of sentences flagged uncertain,
/// the share of attributions to named sources, attributions per sentence).
/// </summary>
/// <remarks>
/// Text length, word and sentence counts and any other raw count that grows with the text are left out on purpose.
/// The project measures how well a score separates real from fake and satire news among texts of similar length;
/// on news data, length alone separates the labels well (long reports are more often real), so a model given length
/// would learn length and say nothing about sourcing. The habit rules already count per 300 words and the share
/// rules by share, so their totals do not track length. The rules that count findings one by one (named people
/// quoted, contrast markers, figures attributed to a named source) would still grow with the text, so each rule's
/// total is soft-capped the way the law score caps it: <c>cap · tanh(total / cap)</c> with the cap three times the
/// larger of the rule's weight and its strongest finding. A rule that fires on every sentence of a long report then
/// counts about as much as one that fires on most sentences of a short one.
/// </remarks>
public sealed class FeatureSchema
{
    /// <summary>The name of the first rate: uncertain sentences over all sentences.</summary>
    public const string UncertainSentencesFeature = "rate:uncertainSentences";

    /// <summary>The name of the second rate: attributions to named sources over all attributions (0 with none).</summary>
    public const string NamedAttributionsFeature = "rate:namedAttributions";

    /// <summary>The name of the third rate: attributions over sentences.</summary>
    public const string AttributionsPerSentenceFeature = "rate:attributionsPerSentence";

    /// <summary>The name of the overall-score feature.</summary>
    public const string OverallFeature = "score:overall";

    /// <summary>The soft cap on a rule's total, in typical findings (the law score's own cap: <c>ScoringConstants.RuleCap</c>).</summary>
    public const double RuleCap = 3.0;

    private readonly FrozenDictionary<string, int> _ruleIndex;
    private readonly double[] _typical;

    /// <summary>Creates the schema for the given rules.</summary>
    /// <param name="ruleWeights">The rule IDs with their configured weights (the sign is ignored); sorted ordinally by ID.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleWeights"/> is null.</exception>
    /// <exception cref="ArgumentException">An ID is empty, or a weight is not a finite number.</exception>
    public FeatureSchema(IReadOnlyDictionary<string, double> ruleWeights)
    {
        ArgumentNullException.ThrowIfNull(ruleWeights);
        string[] ids = [.. ruleWeights.Keys];
        foreach (string id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("A rule ID is empty.", nameof(ruleWeights));
            }

            if (!double.IsFinite(ruleWeights[id]))
            {
                throw new ArgumentException($"The weight of rule {id} is not a finite number.", nameof(ruleWeights));
            }
        }

        Array.Sort(ids, StringComparer.Ordinal);
        RuleIds = ids;
        _typical = [.. ids.Select(id => Math.Abs(ruleWeights[id]))];
        RuleWeights = [.. _typical];
        _ruleIndex = ids.Select(static (id, i) => (id, i)).ToFrozenDictionary(static x => x.id, static x => x.i, StringComparer.Ordinal);
        var names = new List<string>(ids.Length + 9);
        names.AddRange(ids.Select(static id => "rule:" + id));
        names.AddRange(Laws.All.Select(static law => "score:" + law.JsonName()));
        names.Add(OverallFeature);
        names.Add(UncertainSentencesFeature);
        names.Add(NamedAttributionsFeature);
        names.Add(AttributionsPerSentenceFeature);
        Names = names;
    }

    /// <summary>The rule IDs whose evidence totals are features, sorted ordinally.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>The absolute configured weight of each rule, in the order of <see cref="RuleIds"/>: one typical finding, for the soft cap.</summary>
    public IReadOnlyList<double> RuleWeights { get; }

    /// <summary>The name of every feature, in vector order (<c>rule:EPS101</c>, <c>score:truthfulness</c>, <c>rate:uncertainSentences</c>).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The number of features.</summary>
    public int Count => Names.Count;

    /// <summary>The schema for the active rules of <paramref name="scorer"/>, with their configured weights.</summary>
    /// <param name="scorer">The scorer.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    public static FeatureSchema For(EpistemicScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        EpistemicScoringOptions options = scorer.Options;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Rules.RuleDescriptor rule in scorer.Rules)
        {
            weights[rule.Id] = options.Rules.TryGetValue(rule.Id, out RuleOptions? configured) && configured.Weight is double w ? w : rule.DefaultWeight;
        }

        return new FeatureSchema(weights);
    }

    /// <summary>
    /// The feature vector of <paramref name="report"/>. Evidence of a rule the schema does not name is ignored
    /// (<see cref="DocumentClassifier"/> refuses reports from a scorer with other rules before it gets here);
    /// suppressed evidence does not count, as it does not count in the scores.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>A new vector of <see cref="Count"/> values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public float[] Extract(EpistemicReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var features = new float[Count];
        var totals = new double[RuleIds.Count];
        double[] largest = [.. _typical];
        foreach (LawAssessment law in report.Laws)
        {
            foreach (Evidence e in law.Evidence)
            {
                if (_ruleIndex.TryGetValue(e.RuleId, out int index))
                {
                    totals[index] += e.Weight;
                    largest[index] = Math.Max(largest[index], Math.Abs(e.Weight));
                }
            }
        }

        for (int i = 0; i < totals.Length; i++)
        {
            double cap = RuleCap * largest[i];
            features[i] = cap > 0 ? (float)(cap * Math.Tanh(totals[i] / cap)) : 0f;
        }

        int k = RuleIds.Count;
        foreach (Law law in Laws.All)
        {
            features[k++] = (float)report[law].Score;
        }

        features[k++] = (float)report.Overall.Score;
        int sentences = report.Sentences.Count;
        int uncertain = 0;
        foreach (SentenceInfo s in report.Sentences)
        {
            if (s.Uncertain)
            {
                uncertain++;
            }
        }

        int attributions = report.Sources.Count;
        int named = 0;
        foreach (SourceMention s in report.Sources)
        {
            if (s.Named)
            {
                named++;
            }
        }

        features[k++] = sentences == 0 ? 0f : (float)uncertain / sentences;
        features[k++] = attributions == 0 ? 0f : (float)named / attributions;
        features[k] = sentences == 0 ? 0f : (float)attributions / sentences;
        return features;
    }
}
