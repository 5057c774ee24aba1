namespace EpistemicScoring.ML;

/// <summary>The learning algorithm of a <see cref="DocumentClassifier"/>.</summary>
public enum ClassifierAlgorithm
{
    /// <summary>
    /// L2-regularised logistic regression (ML.NET L-BFGS) on features rescaled by ML.NET's mean-variance normaliser
    /// (zero kept at zero): one weight per feature, hard to overfit on a few hundred documents. The default.
    /// </summary>
    Logistic,

    /// <summary>Gradient-boosted decision trees (ML.NET FastTree) with Platt calibration: can learn interactions, needs more data.</summary>
    FastTree,
}

/// <summary>How a <see cref="DocumentClassifierTrainer"/> trains. The defaults are the ones the README's figures were measured with.</summary>
public sealed class DocumentClassifierOptions
{
    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 1;

    /// <summary>The default number of cross-validation folds.</summary>
    public const int DefaultFolds = 5;

    /// <summary>The algorithm; <see cref="ClassifierAlgorithm.Logistic"/> by default.</summary>
    public ClassifierAlgorithm Algorithm { get; set; } = ClassifierAlgorithm.Logistic;

    /// <summary>
    /// The seed for ML.NET and for the assignment of cross-validation folds. Training runs single-threaded, so the
    /// same examples, options and seed give the same model.
    /// </summary>
    public int Seed { get; set; } = DefaultSeed;

    /// <summary>The number of folds of <see cref="DocumentClassifierTrainer.CrossValidate(IReadOnlyList{LabelledReport})"/>; at least 2.</summary>
    public int Folds { get; set; } = DefaultFolds;

    /// <summary>What the positive label means (for example <c>real</c>); stored with the model and shown beside its probability.</summary>
    public string PositiveLabel { get; set; } = "positive";

    /// <summary>
    /// Logistic: the weight of the L2 penalty on the feature weights (ML.NET's default is 1). With some fifty
    /// features that often move together, a firm penalty keeps the weights small and spread.
    /// </summary>
    public float L2Regularization { get; set; } = 1f;

    /// <summary>FastTree: the number of trees.</summary>
    public int NumberOfTrees { get; set; } = 100;

    /// <summary>FastTree: the maximum number of leaves per tree.</summary>
    public int NumberOfLeaves { get; set; } = 8;

    /// <summary>FastTree: the fewest examples a leaf may hold.</summary>
    public int MinimumExampleCountPerLeaf { get; set; } = 10;

    /// <summary>FastTree: the learning rate (shrinkage).</summary>
    public double LearningRate { get; set; } = 0.1;

    /// <summary>A copy of these options.</summary>
    /// <returns>The copy.</returns>
    public DocumentClassifierOptions Clone() => (DocumentClassifierOptions)MemberwiseClone();
}
