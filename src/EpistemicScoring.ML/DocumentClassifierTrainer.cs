using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring.ML;

/// <summary>
/// Trains a <see cref="DocumentClassifier"/> from labelled texts: scores each text with the scorer, reads the
/// features of its report (<see cref="FeatureSchema"/>: rule totals, law scores, rates; no length) and fits a
/// binary classifier. Deterministic: the same examples, options and seed give the same model. Cross-validation
/// (<see cref="CrossValidate(IReadOnlyList{LabelledReport})"/>) gives out-of-fold probabilities, the honest figures
/// to quote.
/// </summary>
public sealed class DocumentClassifierTrainer
{
    private readonly DocumentClassifierOptions _options;
    private readonly string _rulesHash;

    /// <summary>Creates a trainer.</summary>
    /// <param name="scorer">The scorer whose reports the model will learn from; its active rules fix the feature schema.</param>
    /// <param name="options">How to train; null for the defaults. Copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (fewer than two folds, a non-positive tree setting, a negative penalty).</exception>
    public DocumentClassifierTrainer(EpistemicScorer scorer, DocumentClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        _options = options?.Clone() ?? new DocumentClassifierOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Folds, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.L2Regularization, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.NumberOfTrees, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.NumberOfLeaves, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MinimumExampleCountPerLeaf, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.LearningRate, nameof(options));
        if (!Enum.IsDefined(_options.Algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.Algorithm, "Unknown algorithm.");
        }

        Scorer = scorer;
        Schema = FeatureSchema.For(scorer);
        _rulesHash = DocumentClassifier.ScorerRulesHash(scorer);
    }

    /// <summary>The scorer.</summary>
    public EpistemicScorer Scorer { get; }

    /// <summary>The feature schema: the scorer's active rule IDs, sorted, then law scores and rates.</summary>
    public FeatureSchema Schema { get; }

    /// <summary>A copy of the options.</summary>
    public DocumentClassifierOptions Options => _options.Clone();

    /// <summary>Scores every text (in parallel; the result keeps input order).</summary>
    /// <param name="examples">The labelled texts.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reports with their labels, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of them is null.</exception>
    /// <exception cref="TextTooLongException">A text is longer than the scorer's maximum.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public IReadOnlyList<LabelledReport> Score(IReadOnlyList<LabelledText> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var reports = new LabelledReport[examples.Count];
        try
        {
            Parallel.For(0, examples.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                LabelledText example = examples[i] ?? throw new ArgumentNullException(nameof(examples), $"Example {i} is null.");
                reports[i] = new LabelledReport(Scorer.Score(example.Text ?? throw new ArgumentNullException(nameof(examples), $"The text of example {i} is null."), cancellationToken), example.Label);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return reports;
    }

    /// <summary>Scores the texts and trains on all of them.</summary>
    /// <param name="examples">The labelled texts: at least one of each class.</param>
    /// <param name="cancellationToken">Cancels the scoring.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A class has no example.</exception>
    /// <exception cref="TextTooLongException">A text is longer than the scorer's maximum.</exception>
    public DocumentClassifier Train(IReadOnlyList<LabelledText> examples, CancellationToken cancellationToken = default) =>
        Train(Score(examples, cancellationToken));

    /// <summary>Trains on reports already scored by <see cref="Scorer"/> (or a scorer with the same rules and weights).</summary>
    /// <param name="examples">The labelled reports: at least one of each class.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A class has no example, or a report was scored with other rules.</exception>
    public DocumentClassifier Train(IReadOnlyList<LabelledReport> examples)
    {
        FeatureRow[] rows = Rows(examples);
        int positives = rows.Count(static r => r.Label);
        if (positives == 0 || positives == rows.Length)
        {
            throw new ArgumentException($"Training needs examples of both classes; got {positives} positive and {rows.Length - positives} negative.", nameof(examples));
        }

        var (ml, model, inputSchema) = MlNet.Fit(rows, Schema.Count, _options);
        var manifest = new ModelManifest
        {
            RulesetVersion = DefaultRules.Version,
            RulesHash = _rulesHash,
            Algorithm = _options.Algorithm,
            Seed = _options.Seed,
            PositiveLabel = _options.PositiveLabel,
            Examples = rows.Length,
            Positives = positives,
            RuleIds = Schema.RuleIds,
            RuleWeights = Schema.RuleWeights,
            Features = Schema.Names,
        };
        return new DocumentClassifier(manifest, ml, model, inputSchema);
    }

    /// <summary>Scores the texts and cross-validates on them (<see cref="CrossValidate(IReadOnlyList{LabelledReport})"/>).</summary>
    /// <param name="examples">The labelled texts: at least two of each class.</param>
    /// <param name="cancellationToken">Cancels the scoring.</param>
    /// <returns>The out-of-fold probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A class has fewer than two examples, or there are fewer examples than folds.</exception>
    /// <exception cref="TextTooLongException">A text is longer than the scorer's maximum.</exception>
    public CrossValidationResult CrossValidate(IReadOnlyList<LabelledText> examples, CancellationToken cancellationToken = default) =>
        CrossValidate(Score(examples, cancellationToken));

    /// <summary>
    /// Stratified k-fold cross-validation (<see cref="DocumentClassifierOptions.Folds"/> folds): the examples of each
    /// class are shuffled with the seed and dealt to the folds in turn; for each fold a model is trained on the
    /// other folds and gives the held-out examples their probabilities. Every example gets a probability from a model
    /// that never saw it.
    /// </summary>
    /// <param name="examples">The labelled reports: at least two of each class, and at least as many as folds.</param>
    /// <returns>The out-of-fold probabilities, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A class has fewer than two examples, there are fewer examples than folds, or a report was scored with other rules.</exception>
    public CrossValidationResult CrossValidate(IReadOnlyList<LabelledReport> examples)
    {
        FeatureRow[] rows = Rows(examples);
        int k = _options.Folds;
        int positives = rows.Count(static r => r.Label);
        if (positives < 2 || rows.Length - positives < 2)
        {
            throw new ArgumentException($"Cross-validation needs at least two examples of each class; got {positives} positive and {rows.Length - positives} negative.", nameof(examples));
        }

        if (rows.Length < k)
        {
            throw new ArgumentException($"Cross-validation with {k} folds needs at least {k} examples; got {rows.Length}.", nameof(examples));
        }

        int[] folds = AssignFolds(rows, k, _options.Seed);
        var probabilities = new double[rows.Length];
        for (int fold = 0; fold < k; fold++)
        {
            var train = new List<FeatureRow>();
            var heldOut = new List<int>();
            for (int i = 0; i < rows.Length; i++)
            {
                if (folds[i] == fold)
                {
                    heldOut.Add(i);
                }
                else
                {
                    train.Add(rows[i]);
                }
            }

            if (heldOut.Count == 0)
            {
                continue;
            }

            var (ml, model, _) = MlNet.Fit(train, Schema.Count, _options);
            double[] p = MlNet.Predict(ml, model, [.. heldOut.Select(i => rows[i])], Schema.Count);
            for (int j = 0; j < heldOut.Count; j++)
            {
                probabilities[heldOut[j]] = Math.Clamp(p[j], 0, 1);
            }
        }

        return new CrossValidationResult(probabilities, [.. rows.Select(static r => r.Label)], folds, k);
    }

    /// <summary>Stratified fold assignment: each class shuffled with the seed (Fisher-Yates), then dealt round-robin, continuing across classes.</summary>
    internal static int[] AssignFolds(IReadOnlyList<FeatureRow> rows, int folds, int seed)
    {
        var random = new Random(seed);
        var assignment = new int[rows.Count];
        int next = 0;
        foreach (bool label in new[] { true, false })
        {
            int[] members = [.. Enumerable.Range(0, rows.Count).Where(i => rows[i].Label == label)];
            for (int i = members.Length - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (members[i], members[j]) = (members[j], members[i]);
            }

            foreach (int m in members)
            {
                assignment[m] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }

    private FeatureRow[] Rows(IReadOnlyList<LabelledReport> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = new FeatureRow[examples.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            LabelledReport example = examples[i] ?? throw new ArgumentNullException(nameof(examples), $"Example {i} is null.");
            EpistemicReport report = example.Report ?? throw new ArgumentNullException(nameof(examples), $"The report of example {i} is null.");
            if (report.Receipt is Receipt receipt
                && (!string.Equals(receipt.RulesetVersion, DefaultRules.Version, StringComparison.Ordinal) || !string.Equals(receipt.RulesHash, _rulesHash, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Example {i} was scored with other rules or weights than the trainer's scorer (rule set {receipt.RulesetVersion}, rules hash {receipt.RulesHash}).", nameof(examples));
            }

            rows[i] = new FeatureRow { Label = example.Label, Features = Schema.Extract(report) };
        }

        return rows;
    }
}
