using EpistemicScoring.Reports;

namespace EpistemicScoring.ML;

/// <summary>A text with its binary label, to train on.</summary>
/// <param name="Text">The text.</param>
/// <param name="Label">True for the positive class (for example a real news report).</param>
public sealed record LabelledText(string Text, bool Label);

/// <summary>A report of the scorer with the binary label of its text, to train on without scoring twice.</summary>
/// <param name="Report">The report.</param>
/// <param name="Label">True for the positive class.</param>
public sealed record LabelledReport(EpistemicReport Report, bool Label);

/// <summary>Out-of-fold probabilities of a k-fold cross-validation: each one from a model that did not see that example.</summary>
/// <param name="Probabilities">The probability of the positive class for each example, in input order.</param>
/// <param name="Labels">The label of each example, in input order.</param>
/// <param name="Folds">The fold (0 to <paramref name="FoldCount"/> − 1) each example was held out in, in input order.</param>
/// <param name="FoldCount">The number of folds.</param>
public sealed record CrossValidationResult(
    IReadOnlyList<double> Probabilities,
    IReadOnlyList<bool> Labels,
    IReadOnlyList<int> Folds,
    int FoldCount)
{
    /// <summary>
    /// ROC AUC of the out-of-fold probabilities: the chance that a random positive example gets a higher probability
    /// than a random negative one (ties count half); NaN when a class is missing.
    /// </summary>
    public double RocAuc
    {
        get
        {
            double wins = 0;
            long pairs = 0;
            for (int i = 0; i < Probabilities.Count; i++)
            {
                if (!Labels[i])
                {
                    continue;
                }

                for (int j = 0; j < Probabilities.Count; j++)
                {
                    if (Labels[j])
                    {
                        continue;
                    }

                    pairs++;
                    wins += Probabilities[i] > Probabilities[j] ? 1 : Probabilities[i] == Probabilities[j] ? 0.5 : 0;
                }
            }

            return pairs == 0 ? double.NaN : wins / pairs;
        }
    }
}
